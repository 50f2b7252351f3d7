// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go
// (ValidateCustomResourceDefinition, ValidateCustomResourceDefinitionUpdate,
// ValidateUpdateCustomResourceDefinitionStatus, ValidateCustomResourceDefinitionStoredVersions,
// validateCustomResourceDefinitionSpec, validateCustomResourceDefinitionVersion,
// ValidateCustomResourceDefinitionNames, ValidateCustomResourceColumnDefinition,
// ValidateCustomResourceDefinitionSubresources, validateCustomResourceDefinitionValidation,
// validateCustomResourceConversion, validateAPIApproval, validatePreserveUnknownFields, SchemaHas) and
// pkg/apihelpers/helpers.go (IsProtectedCommunityGroup, GetAPIApprovalState) @ v1.34.0
//
// The schema itself is checked by apiserver/schema/validation.ts (validateStructural). Not modelled: webhook
// URL and CA bundle checks, and the update-time ratcheting options (an existing CRD is held to the rules of
// a new one, except requireOpenAPISchema and the conversion review versions).
import {
  nameIsDNSSubdomain,
  validateImmutableField,
  validateObjectMeta,
} from '../../../../apis/meta/validation/objectmeta';
import { validateObjectMetaUpdate } from '../../../../apis/meta/validation/objectmeta';
import {
  forbidden,
  invalid,
  notSupported,
  required,
  type ErrorList,
} from '../../../../util/validation/field/errors';
import { newPath, type Path } from '../../../../util/validation/field/path';
import { isDNS1035Label, isDNS1123Subdomain } from '../../../../util/validation/validation';
import { validateStructural } from '../../../apiserver/schema/validation';
import { getSubresourcesForVersion as helperSubresources, isCRDConditionTrue } from '../helpers';
import type {
  CustomResourceColumnDefinition,
  CustomResourceConversion,
  CustomResourceDefinition,
  CustomResourceDefinitionNames,
  CustomResourceDefinitionSpec,
  CustomResourceDefinitionVersion,
  CustomResourceSubresources,
  CustomResourceValidation,
  JSONSchemaProps,
} from '../types';
import { invalidVersions } from './gosyntax';

const printerColumnDatatypes = ['boolean', 'date', 'integer', 'number', 'string'];
const customResourceColumnDefinitionFormats = [
  'byte',
  'date',
  'date-time',
  'double',
  'float',
  'int32',
  'int64',
  'password',
];
const acceptedConversionReviewVersions = ['v1', 'v1beta1'];
export const KubeAPIApprovedAnnotation = 'api-approved.kubernetes.io';

/** validationOptions: which rules apply (on update some are relaxed for data already stored). */
interface ValidationOptions {
  allowDefaults: boolean;
  requireRecognizedConversionReviewVersion: boolean;
  requireImmutableNames: boolean;
  requireOpenAPISchema: boolean;
}

const createOptions = (): ValidationOptions => ({
  allowDefaults: true,
  requireRecognizedConversionReviewVersion: true,
  requireImmutableNames: false,
  requireOpenAPISchema: true,
});

/** ValidateCustomResourceDefinition: metadata (name must be `<plural>.<group>`), spec, status, approval. */
export function validateCustomResourceDefinition(crd: CustomResourceDefinition): ErrorList {
  const nameFn = (name: string, prefix: boolean): string[] => {
    const ret = nameIsDNSSubdomain(name, prefix);
    if (name !== `${crd.spec?.names?.plural ?? ''}.${crd.spec?.group ?? ''}`)
      ret.push('must be spec.names.plural+"."+spec.group');
    return ret;
  };
  const errs: ErrorList = validateObjectMeta(crd.metadata, false, nameFn, newPath('metadata'));
  errs.push(...validateSpec(crd.spec, createOptions(), newPath('spec')));
  errs.push(...validateCustomResourceDefinitionStatus(crd, newPath('status')));
  errs.push(
    ...validateCustomResourceDefinitionStoredVersions(
      crd.status?.storedVersions ?? [],
      crd.spec?.versions ?? [],
      newPath('status').child('storedVersions'),
    ),
  );
  errs.push(...validateAPIApproval(crd, null));
  errs.push(...validatePreserveUnknownFields(crd, null));
  return errs;
}

/** ValidateCustomResourceDefinitionUpdate: the create rules, plus immutable group, plural (and scope, kind once established). */
export function validateCustomResourceDefinitionUpdate(
  crd: CustomResourceDefinition,
  old: CustomResourceDefinition,
): ErrorList {
  const opts = createOptions();
  opts.requireImmutableNames = isCRDConditionTrue(old, 'Established');
  const conv = old.spec?.conversion;
  opts.requireRecognizedConversionReviewVersion =
    !conv || hasValidConversionReviewVersionOrEmpty(conv.conversionReviewVersions ?? []);
  opts.requireOpenAPISchema = allVersionsSpecifyOpenAPISchema(old.spec);
  const errs: ErrorList = [...validateObjectMetaUpdate(crd.metadata, old.metadata, newPath('metadata'))];
  const fld = newPath('spec');
  errs.push(...validateSpec(crd.spec, opts, fld));
  if (opts.requireImmutableNames) {
    // these effect the storage and cannot be changed therefore
    errs.push(...validateImmutableField(crd.spec.scope, old.spec.scope, fld.child('scope')));
    errs.push(
      ...validateImmutableField(crd.spec.names?.kind, old.spec.names?.kind, fld.child('names', 'kind')),
    );
  }
  // these affects the resource name, which is always immutable, so this can't be updated.
  errs.push(...validateImmutableField(crd.spec.group, old.spec.group, fld.child('group')));
  errs.push(
    ...validateImmutableField(crd.spec.names?.plural, old.spec.names?.plural, fld.child('names', 'plural')),
  );
  errs.push(...validateCustomResourceDefinitionStatus(crd, newPath('status')));
  errs.push(
    ...validateCustomResourceDefinitionStoredVersions(
      crd.status?.storedVersions ?? [],
      crd.spec?.versions ?? [],
      newPath('status').child('storedVersions'),
    ),
  );
  errs.push(...validateAPIApproval(crd, old));
  errs.push(...validatePreserveUnknownFields(crd, old));
  return errs;
}

/** ValidateUpdateCustomResourceDefinitionStatus: metadata update rules and the accepted names. */
export function validateUpdateCustomResourceDefinitionStatus(
  crd: CustomResourceDefinition,
  old: CustomResourceDefinition,
): ErrorList {
  return [
    ...validateObjectMetaUpdate(crd.metadata, old.metadata, newPath('metadata')),
    ...validateCustomResourceDefinitionStatus(crd, newPath('status')),
  ];
}

/** ValidateCustomResourceDefinitionStoredVersions: the storage version is stored; stored versions stay listed. */
export function validateCustomResourceDefinitionStoredVersions(
  storedVersions: readonly string[],
  versions: readonly CustomResourceDefinitionVersion[],
  fldPath: Path,
): ErrorList {
  if (storedVersions.length === 0)
    return [invalid(fldPath, [...storedVersions], 'must have at least one stored version')];
  const errs: ErrorList = [];
  const index = new Map<string, number>();
  storedVersions.forEach((v, i) => index.set(v, i));
  for (const v of versions) {
    const ok = index.has(v.name);
    if (v.storage && !ok)
      errs.push(invalid(fldPath, [...storedVersions], 'must have the storage version ' + v.name));
    if (ok) index.delete(v.name);
  }
  for (const [v, i] of [...index].sort((a, b) => a[1] - b[1])) {
    errs.push(
      invalid(
        fldPath.index_(i),
        v,
        `missing from spec.versions; ${v} was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in ${v} and removes ${v} from status.storedVersions`,
      ),
    );
  }
  return errs;
}

function validateCustomResourceDefinitionStatus(crd: CustomResourceDefinition, fldPath: Path): ErrorList {
  const accepted = crd.status?.acceptedNames ?? { plural: '', kind: '' };
  return validateCustomResourceDefinitionNames(accepted, fldPath.child('acceptedNames'));
}

/** validateCustomResourceDefinitionSpec */
function validateSpec(spec: CustomResourceDefinitionSpec, o: ValidationOptions, fldPath: Path): ErrorList {
  const opts = { ...o };
  const errs: ErrorList = [];
  const group = spec.group ?? '';
  if (group.length === 0) errs.push(required(fldPath.child('group'), ''));
  else {
    const dnsErrs = isDNS1123Subdomain(group);
    if (dnsErrs.length > 0) errs.push(invalid(fldPath.child('group'), group, dnsErrs.join(',')));
    else if (group.split('.').length < 2)
      errs.push(invalid(fldPath.child('group'), group, 'should be a domain with at least one dot'));
  }
  errs.push(
    ...validateEnumStrings(fldPath.child('scope'), spec.scope ?? '', ['Cluster', 'Namespaced'], true),
  );

  const versions = spec.versions ?? [];
  const hasTopSchema = spec.validation?.openAPIV3Schema !== undefined;
  if (opts.requireOpenAPISchema) {
    // check that either a global schema or versioned schemas are set in all versions
    if (!hasTopSchema) {
      versions.forEach((v, i) => {
        if (v.schema?.openAPIV3Schema === undefined)
          errs.push(
            required(
              fldPath.child('versions').index_(i).child('schema').child('openAPIV3Schema'),
              'schemas are required',
            ),
          );
      });
    }
  } else if (spec.preserveUnknownFields !== true && !hasTopSchema) {
    versions.forEach((v, i) => {
      if (v.served && v.schema?.openAPIV3Schema === undefined)
        errs.push(
          required(
            fldPath.child('versions').index_(i).child('schema', 'openAPIV3Schema'),
            'because otherwise all fields are pruned',
          ),
        );
    });
  }
  if (opts.allowDefaults && specHas(spec, (s) => s.default !== undefined)) {
    if (spec.preserveUnknownFields !== false)
      errs.push(
        invalid(
          fldPath.child('preserveUnknownFields'),
          true,
          'must be false in order to use defaults in the schema',
        ),
      );
  }

  let storageFlagCount = 0;
  const seen = new Set<string>();
  let uniqueNames = true;
  versions.forEach((version, i) => {
    if (version.storage) storageFlagCount++;
    if (seen.has(version.name)) uniqueNames = false;
    else seen.add(version.name);
    const nameErrs = isDNS1035Label(version.name ?? '');
    if (nameErrs.length > 0)
      errs.push(
        invalid(fldPath.child('versions').index_(i).child('name'), version.name ?? '', nameErrs.join(',')),
      );
    const subresources = subresourcesForVersion(spec, version.name);
    errs.push(
      ...validateVersion(version, fldPath.child('versions').index_(i), hasStatusEnabled(subresources)),
    );
  });

  // The top-level and per-version fields are mutual exclusive
  if (spec.validation && versions.some((v) => v.schema !== undefined))
    errs.push(
      forbidden(fldPath.child('validation'), 'top-level and per-version schemas are mutually exclusive'),
    );
  if (spec.subresources && versions.some((v) => v.subresources !== undefined))
    errs.push(
      forbidden(
        fldPath.child('subresources'),
        'top-level and per-version subresources are mutually exclusive',
      ),
    );
  if (
    (spec.additionalPrinterColumns ?? []).length > 0 &&
    versions.some((v) => (v.additionalPrinterColumns ?? []).length > 0)
  )
    errs.push(
      forbidden(
        fldPath.child('additionalPrinterColumns'),
        'top-level and per-version additionalPrinterColumns are mutually exclusive',
      ),
    );

  if (!uniqueNames)
    errs.push(invalidVersions(fldPath.child('versions'), versions, 'must contain unique version names'));
  if (storageFlagCount !== 1)
    errs.push(
      invalidVersions(
        fldPath.child('versions'),
        versions,
        'must have exactly one version marked as storage version',
      ),
    );
  if (spec.version) {
    const vErrs = isDNS1035Label(spec.version);
    if (vErrs.length > 0) errs.push(invalid(fldPath.child('version'), spec.version, vErrs.join(',')));
    if (versions.length >= 1 && versions[0]!.name !== spec.version)
      errs.push(
        invalid(fldPath.child('version'), spec.version, 'must match the first version in spec.versions'),
      );
  }

  // in addition to the basic name restrictions, some names are required for spec, but not for status
  const names = spec.names ?? { plural: '', kind: '' };
  if (!names.plural) errs.push(required(fldPath.child('names', 'plural'), ''));
  if (!names.singular) errs.push(required(fldPath.child('names', 'singular'), ''));
  if (!names.kind) errs.push(required(fldPath.child('names', 'kind'), ''));
  if (!names.listKind) errs.push(required(fldPath.child('names', 'listKind'), ''));
  errs.push(...validateCustomResourceDefinitionNames(names, fldPath.child('names')));
  errs.push(...validateValidation(spec.validation, hasAnyStatusEnabled(spec), fldPath.child('validation')));
  errs.push(
    ...validateCustomResourceDefinitionSubresources(spec.subresources, fldPath.child('subresources')),
  );
  (spec.additionalPrinterColumns ?? []).forEach((c, i) =>
    errs.push(
      ...validateCustomResourceColumnDefinition(c, fldPath.child('additionalPrinterColumns').index_(i)),
    ),
  );
  const conversion = spec.conversion;
  if (conversion && conversion.strategy !== 'None' && spec.preserveUnknownFields !== false)
    errs.push(
      invalid(
        fldPath.child('conversion').child('strategy'),
        conversion.strategy,
        'must be None if spec.preserveUnknownFields is true',
      ),
    );
  errs.push(
    ...validateConversion(
      conversion,
      opts.requireRecognizedConversionReviewVersion,
      fldPath.child('conversion'),
    ),
  );
  return errs;
}

/** validateCustomResourceDefinitionVersion */
function validateVersion(
  version: CustomResourceDefinitionVersion,
  fldPath: Path,
  statusEnabled: boolean,
): ErrorList {
  const errs: ErrorList = [];
  for (const msg of validateDeprecationWarning(version.deprecated === true, version.deprecationWarning))
    errs.push(invalid(fldPath.child('deprecationWarning'), version.deprecationWarning ?? null, msg));
  errs.push(...validateValidation(version.schema, statusEnabled, fldPath.child('schema')));
  errs.push(
    ...validateCustomResourceDefinitionSubresources(version.subresources, fldPath.child('subresources')),
  );
  (version.additionalPrinterColumns ?? []).forEach((c, i) =>
    errs.push(
      ...validateCustomResourceColumnDefinition(c, fldPath.child('additionalPrinterColumns').index_(i)),
    ),
  );
  return errs;
}

function validateDeprecationWarning(deprecated: boolean, warning: string | undefined): string[] {
  if (!deprecated && warning !== undefined) return ['can only be set for deprecated versions'];
  if (warning === undefined) return [];
  const errors: string[] = [];
  if (new TextEncoder().encode(warning).length > 256) errors.push('must be <= 256 characters long');
  if (warning.length === 0) errors.push('must not be an empty string');
  let byteIndex = 0;
  for (const ch of warning) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(ch)) {
      errors.push(
        `must only contain printable UTF-8 characters; non-printable character found at index ${byteIndex}`,
      );
      break;
    }
    byteIndex += new TextEncoder().encode(ch).length;
  }
  return errors;
}

function validateEnumStrings(
  fldPath: Path,
  value: string,
  accepted: string[],
  isRequired: boolean,
): ErrorList {
  if (value === '') return isRequired ? [required(fldPath, '')] : [];
  return accepted.includes(value) ? [] : [notSupported(fldPath, value, accepted)];
}

function hasValidConversionReviewVersionOrEmpty(versions: readonly string[]): boolean {
  return versions.length === 0 || versions.some((v) => acceptedConversionReviewVersions.includes(v));
}

/** validateCustomResourceConversion (webhook URL and CA bundle checks are not modelled) */
function validateConversion(
  conversion: CustomResourceConversion | undefined,
  requireRecognizedVersion: boolean,
  fldPath: Path,
): ErrorList {
  if (!conversion) return [];
  const errs = validateEnumStrings(
    fldPath.child('strategy'),
    conversion.strategy ?? '',
    ['None', 'Webhook'],
    true,
  );
  if (conversion.strategy === 'Webhook') {
    const cc = conversion.webhookClientConfig;
    if (!cc)
      errs.push(required(fldPath.child('webhookClientConfig'), 'required when strategy is set to Webhook'));
    else if ((cc.url === undefined) === (cc.service === undefined))
      errs.push(required(fldPath.child('webhookClientConfig'), 'exactly one of url or service is required'));
    const reviewPath = fldPath.child('conversionReviewVersions');
    const versions = conversion.conversionReviewVersions ?? [];
    if (versions.length < 1) errs.push(required(reviewPath, ''));
    else {
      const seen = new Set<string>();
      let hasAccepted = false;
      versions.forEach((v, i) => {
        if (seen.has(v)) {
          errs.push(invalid(reviewPath.index_(i), v, 'duplicate version'));
          return;
        }
        seen.add(v);
        for (const msg of isDNS1035Label(v)) errs.push(invalid(reviewPath.index_(i), v, msg));
        if (acceptedConversionReviewVersions.includes(v)) hasAccepted = true;
      });
      if (requireRecognizedVersion && !hasAccepted)
        errs.push(
          invalid(
            reviewPath,
            [...versions],
            `must include at least one of ${acceptedConversionReviewVersions.join(', ')}`,
          ),
        );
    }
  } else {
    if (conversion.webhookClientConfig)
      errs.push(
        forbidden(
          fldPath.child('webhookClientConfig'),
          'should not be set when strategy is not set to Webhook',
        ),
      );
    if ((conversion.conversionReviewVersions ?? []).length > 0)
      errs.push(
        forbidden(
          fldPath.child('conversionReviewVersions'),
          'should not be set when strategy is not set to Webhook',
        ),
      );
  }
  return errs;
}

/** getSubresourcesForVersion (validation's own: it assumes the version exists) */
function subresourcesForVersion(
  spec: CustomResourceDefinitionSpec,
  version: string,
): CustomResourceSubresources | undefined {
  try {
    return helperSubresources({ spec } as CustomResourceDefinition, version);
  } catch {
    return undefined;
  }
}

const hasStatusEnabled = (s: CustomResourceSubresources | undefined) =>
  s?.status !== undefined && s.status !== null;

function hasAnyStatusEnabled(spec: CustomResourceDefinitionSpec): boolean {
  return (
    hasStatusEnabled(spec.subresources) || (spec.versions ?? []).some((v) => hasStatusEnabled(v.subresources))
  );
}

/** ValidateCustomResourceDefinitionNames: DNS-1035 labels (kind and listKind may have mixed case). */
export function validateCustomResourceDefinitionNames(
  names: CustomResourceDefinitionNames,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const label = (value: string | undefined, field: string, mixedCase = false) => {
    if (!value) return;
    const e = isDNS1035Label(mixedCase ? value.toLowerCase() : value);
    if (e.length > 0)
      errs.push(
        invalid(
          fldPath.child(field),
          value,
          (mixedCase ? 'may have mixed case, but should otherwise match: ' : '') + e.join(','),
        ),
      );
  };
  label(names.plural, 'plural');
  label(names.singular, 'singular');
  label(names.kind, 'kind', true);
  label(names.listKind, 'listKind', true);
  (names.shortNames ?? []).forEach((s, i) => {
    const e = isDNS1035Label(s);
    if (e.length > 0) errs.push(invalid(fldPath.child('shortNames').index_(i), s, e.join(',')));
  });
  // kind and listKind may not be the same or parsing become ambiguous
  if (names.kind && names.kind === names.listKind)
    errs.push(invalid(fldPath.child('listKind'), names.listKind, 'kind and listKind may not be the same'));
  (names.categories ?? []).forEach((c, i) => {
    const e = isDNS1035Label(c);
    if (e.length > 0) errs.push(invalid(fldPath.child('categories').index_(i), c, e.join(',')));
  });
  return errs;
}

/** ValidateCustomResourceColumnDefinition: name, type, format and a simple JSON path. */
export function validateCustomResourceColumnDefinition(
  col: CustomResourceColumnDefinition,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  if (!col.name) errs.push(required(fldPath.child('name'), ''));
  const typesMsg = `must be one of ${printerColumnDatatypes.join(',')}`;
  if (!col.type) errs.push(required(fldPath.child('type'), typesMsg));
  else if (!printerColumnDatatypes.includes(col.type))
    errs.push(invalid(fldPath.child('type'), col.type, typesMsg));
  if (col.format && !customResourceColumnDefinitionFormats.includes(col.format))
    errs.push(
      invalid(
        fldPath.child('format'),
        col.format,
        `must be one of ${customResourceColumnDefinitionFormats.join(',')}`,
      ),
    );
  // Go names the field JSONPath here (its Go name), not jsonPath
  if (!col.jsonPath) errs.push(required(fldPath.child('JSONPath'), ''));
  else errs.push(...validateSimpleJSONPath(col.jsonPath, fldPath.child('JSONPath')));
  return errs;
}

/** ValidateCustomResourceDefinitionSubresources: scale paths under .spec / .status. */
export function validateCustomResourceDefinitionSubresources(
  subresources: CustomResourceSubresources | undefined,
  fldPath: Path,
): ErrorList {
  const scale = subresources?.scale;
  if (!scale) return [];
  const errs: ErrorList = [];
  const check = (
    value: string | undefined,
    field: string,
    prefixes: string[],
    msg: string,
    optional = false,
  ) => {
    const p = fldPath.child(field);
    if (!value) {
      if (!optional) errs.push(required(p, ''));
      return;
    }
    const pathErrs = validateSimpleJSONPath(value, p);
    if (pathErrs.length > 0) errs.push(...pathErrs);
    else if (!prefixes.some((pre) => value.startsWith(pre))) errs.push(invalid(p, value, msg));
  };
  check(scale.specReplicasPath, 'scale.specReplicasPath', ['.spec.'], 'should be a json path under .spec');
  check(
    scale.statusReplicasPath,
    'scale.statusReplicasPath',
    ['.status.'],
    'should be a json path under .status',
  );
  check(
    scale.labelSelectorPath,
    'scale.labelSelectorPath',
    ['.spec.', '.status.'],
    'should be a json path under either .spec or .status',
    true,
  );
  return errs;
}

function validateSimpleJSONPath(s: string, fldPath: Path): ErrorList {
  if (s.length === 0) return [invalid(fldPath, s, 'must not be empty')];
  if (s[0] !== '.') return [invalid(fldPath, s, 'must be a simple json path starting with .')];
  return [];
}

/**
 * validateCustomResourceDefinitionValidation: the schema rules (OpenAPI keywords, structural rules, defaults,
 * the root with the status subresource) are helper B's validateStructural, which covers Go's
 * ValidateCustomResourceDefinitionOpenAPISchema too.
 */
function validateValidation(
  validation: CustomResourceValidation | undefined,
  statusSubresourceEnabled: boolean,
  fldPath: Path,
): ErrorList {
  const schema = validation?.openAPIV3Schema;
  if (!schema) return [];
  return validateStructural(fldPath.child('openAPIV3Schema'), schema, { statusSubresourceEnabled });
}

function allVersionsSpecifyOpenAPISchema(spec: CustomResourceDefinitionSpec): boolean {
  if (spec.validation?.openAPIV3Schema) return true;
  return (spec.versions ?? []).every((v) => v.schema?.openAPIV3Schema !== undefined);
}

/** HasSchemaWith + SchemaHas: does any schema of the spec contain a sub-schema matching pred? */
export function specHas(spec: CustomResourceDefinitionSpec, pred: (s: JSONSchemaProps) => boolean): boolean {
  if (schemaHas(spec.validation?.openAPIV3Schema, pred)) return true;
  return (spec.versions ?? []).some((v) => schemaHas(v.schema?.openAPIV3Schema, pred));
}

export function schemaHas(
  s: JSONSchemaProps | boolean | undefined,
  pred: (s: JSONSchemaProps) => boolean,
): boolean {
  if (!s || typeof s !== 'object') return false;
  if (pred(s)) return true;
  const children: (JSONSchemaProps | boolean | undefined)[] = [
    ...(Array.isArray(s.items) ? s.items : [s.items]),
    ...(s.allOf ?? []),
    ...(s.anyOf ?? []),
    ...(s.oneOf ?? []),
    s.not,
    ...Object.values(s.properties ?? {}),
    s.additionalProperties,
    ...Object.values(s.patternProperties ?? {}),
    s.additionalItems,
    ...Object.values(s.definitions ?? {}),
  ];
  return children.some((c) => schemaHas(c, pred));
}

/** IsProtectedCommunityGroup: k8s.io and kubernetes.io groups need an API approval annotation. */
export function isProtectedCommunityGroup(group: string): boolean {
  return (
    group === 'k8s.io' ||
    group.endsWith('.k8s.io') ||
    group === 'kubernetes.io' ||
    group.endsWith('.kubernetes.io')
  );
}

type ApprovalState = 'Approved' | 'Bypassed' | 'Invalid' | 'Missing';

/** GetAPIApprovalState */
function getAPIApprovalState(annotations: Record<string, string> | undefined): [ApprovalState, string] {
  const a = annotations?.[KubeAPIApprovedAnnotation];
  if (a === undefined)
    return [
      'Missing',
      `protected groups must have approval annotation "${KubeAPIApprovedAnnotation}", see https://github.com/kubernetes/enhancements/pull/1111`,
    ];
  if (a.startsWith('unapproved')) return ['Bypassed', `not approved: ${JSON.stringify(a)}`];
  if (!/^(\/|[a-zA-Z][a-zA-Z0-9+.-]*:)/.test(a))
    return [
      'Invalid',
      `protected groups must have approval annotation "${KubeAPIApprovedAnnotation}" with either a URL or a reason starting with "unapproved", see https://github.com/kubernetes/enhancements/pull/1111`,
    ];
  return ['Approved', `approved in ${a}`];
}

function validateAPIApproval(crd: CustomResourceDefinition, old: CustomResourceDefinition | null): ErrorList {
  if (!isProtectedCommunityGroup(crd.spec?.group ?? '')) return [];
  const oldState = old ? getAPIApprovalState(old.metadata?.annotations)[0] : null;
  const [state, reason] = getAPIApprovalState(crd.metadata?.annotations);
  if (oldState !== null && oldState === state) return [];
  const p = newPath('metadata', 'annotations').key(KubeAPIApprovedAnnotation);
  if (state === 'Missing') return [required(p, reason)];
  if (state === 'Invalid')
    return [invalid(p, crd.metadata?.annotations?.[KubeAPIApprovedAnnotation] ?? '', reason)];
  return [];
}

function validatePreserveUnknownFields(
  crd: CustomResourceDefinition,
  old: CustomResourceDefinition | null,
): ErrorList {
  // no-op for compatibility with existing data
  if (old?.spec?.preserveUnknownFields === true) return [];
  if (crd.spec?.preserveUnknownFields === true)
    return [
      invalid(
        newPath('spec').child('preserveUnknownFields'),
        true,
        'cannot set to true, set x-kubernetes-preserve-unknown-fields to true in spec.versions[*].schema instead',
      ),
    ];
  return [];
}
