// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/validation.go (ValidateStructural) and complete.go
// (validateStructuralCompleteness), with the schema part of pkg/apis/apiextensions/validation/validation.go
// (validateCustomResourceDefinitionValidation, ValidateCustomResourceDefinitionOpenAPISchema,
// specStandardValidatorV3.validate, validateMapListKeysMapSet) @ v1.34.0
//
// validateStructural is everything kube-apiserver checks about one version's openAPIV3Schema when a v1 CRD is
// created: the OpenAPI keyword rules, the structural rules (sorted by message, as Go sorts them), and that every
// default validates and is pruned. CEL rules are checked for shape only, not compiled.
import type { JSONSchemaProps } from '../../apis/apiextensions/types';
import type { FieldError } from '../../../util/validation/field/errors';
import { forbidden, invalid, notSupported, required } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';
import { validateDefaults } from './defaulting/validation';
import { compileGoRegexp, GoRegexpError } from './regexp';
import {
  maxSchemaDepth,
  newStructural,
  StructuralError,
  type Extensions,
  type Generic,
  type NestedValueValidation,
  type Structural,
  type ValueValidation,
} from './structural';

export interface ValidateStructuralOptions {
  /** the version turns the status subresource on: only some keywords may sit at the root */
  statusSubresourceEnabled?: boolean;
}

/**
 * validateStructural checks one version's openAPIV3Schema; fldPath is the schema's own path, e.g.
 * `spec.versions[0].schema.openAPIV3Schema`.
 */
export function validateStructural(
  fldPath: Path,
  s: JSONSchemaProps,
  opts: ValidateStructuralOptions = {},
): FieldError[] {
  const depth = schemaDepth(s);
  if (depth > maxSchemaDepth)
    return [
      forbidden(
        fldPath,
        `must not be nested more than ${maxSchemaDepth} levels deep (this one nests ${depth > 10 * maxSchemaDepth ? 'more than ' + 10 * maxSchemaDepth : depth})`,
      ),
    ];

  const allErrs: FieldError[] = [];
  if (opts.statusSubresourceEnabled) allErrs.push(...validateRootWithStatus(fldPath, s));
  if (s.nullable) allErrs.push(forbidden(fldPath.child('nullable'), 'nullable cannot be true at the root'));

  let initErrs: FieldError[] = [];
  try {
    const ss = newStructural(s);
    const structuralErrs = validateStructuralSchema(fldPath, ss);
    if (structuralErrs.length > 0) allErrs.push(...structuralErrs);
    else allErrs.push(...validateDefaults(fldPath, ss, true, true));
  } catch (e) {
    if (!(e instanceof StructuralError)) throw e;
    initErrs = [invalid(fldPath, '', e.message)];
  }
  allErrs.push(...validateOpenAPISchema(s, fldPath, rootValidator, true));
  // Go shows the conversion errors only when nothing else explains them
  if (allErrs.length === 0) allErrs.push(...initErrs);
  return allErrs;
}

/** The deepest nesting of s, walked without recursion (stops counting past 10× the limit). */
function schemaDepth(root: JSONSchemaProps): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [s, d] = stack.pop()!;
    if (typeof s !== 'object' || s === null) continue;
    if (d > max) max = d;
    if (max > 10 * maxSchemaDepth) return max;
    const x = s as Record<string, unknown>;
    const push = (v: unknown) => stack.push([v, d + 1]);
    for (const key of ['properties', 'patternProperties', 'definitions', 'dependencies'])
      if (typeof x[key] === 'object' && x[key] !== null) Object.values(x[key] as object).forEach(push);
    for (const key of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(x[key])) (x[key] as unknown[]).forEach(push);
    if (Array.isArray(x.items)) x.items.forEach(push);
    else push(x.items);
    push(x.not);
    push(x.additionalProperties);
    push(x.additionalItems);
  }
  return max;
}

const allowedFieldsAtRootSchema = [
  'Description',
  'Type',
  'Format',
  'Title',
  'Maximum',
  'ExclusiveMaximum',
  'Minimum',
  'ExclusiveMinimum',
  'MaxLength',
  'MinLength',
  'Pattern',
  'MaxItems',
  'MinItems',
  'UniqueItems',
  'MultipleOf',
  'Required',
  'Items',
  'Properties',
  'ExternalDocs',
  'Example',
  'XPreserveUnknownFields',
  'XValidations',
];
const allowedJSONAtRoot = new Set([
  'description',
  'type',
  'format',
  'title',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
  'required',
  'items',
  'properties',
  'externalDocs',
  'example',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations',
]);

function isZero(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** With the status subresource on, the root may only hold what survives moving `status` out. */
function validateRootWithStatus(fldPath: Path, s: JSONSchemaProps): FieldError[] {
  for (const [k, v] of Object.entries(s)) {
    if (isZero(v)) continue;
    if (k === 'type') {
      if (v !== 'object')
        return [
          invalid(
            fldPath.child('type'),
            v,
            'only "object" is allowed as the type at the root of the schema if the status subresource is enabled',
          ),
        ];
      continue;
    }
    if (!allowedJSONAtRoot.has(k))
      return [
        invalid(
          fldPath,
          s,
          `only [${allowedFieldsAtRootSchema.join(' ')}] fields are allowed at the root of the schema if the status subresource is enabled`,
        ),
      ];
  }
  return [];
}

// ---- ValidateStructural ----

type Level = 'root' | 'item' | 'field';

/** validateStructuralSchema is Go's ValidateStructural on a converted schema: errors sorted by message. */
export function validateStructuralSchema(fldPath: Path, s: Structural): FieldError[] {
  const errs = [...validateInvariants(s, 'root', fldPath), ...validateCompleteness(s, fldPath)];
  return errs.sort((a, b) => (a.error() < b.error() ? -1 : a.error() > b.error() ? 1 : 0));
}

function validateInvariants(s: Structural | undefined, lvl: Level, fldPath: Path): FieldError[] {
  if (!s) return [];
  const errs: FieldError[] = [];
  if (s.generic.type === 'array' && !s.items)
    errs.push(required(fldPath.child('items'), 'must be specified'));
  errs.push(...validateInvariants(s.items, 'item', fldPath.child('items')));
  for (const [k, v] of s.properties ?? [])
    errs.push(...validateInvariants(v, 'field', fldPath.child('properties').key(k)));
  if (s.additionalProperties) {
    if (lvl === 'root')
      errs.push(forbidden(fldPath.child('additionalProperties'), 'must not be used at the root'));
    if (s.additionalProperties.structural)
      errs.push(
        ...validateInvariants(
          s.additionalProperties.structural,
          'field',
          fldPath.child('additionalProperties'),
        ),
      );
  }
  const x = s.extensions;
  if (x.xIntOrString && x.xPreserveUnknownFields)
    errs.push(
      invalid(
        fldPath.child('x-kubernetes-preserve-unknown-fields'),
        true,
        'must be false if x-kubernetes-int-or-string is true',
      ),
    );
  if (x.xIntOrString && x.xEmbeddedResource)
    errs.push(
      invalid(
        fldPath.child('x-kubernetes-embedded-resource'),
        true,
        'must be false if x-kubernetes-int-or-string is true',
      ),
    );

  errs.push(
    ...validateValueValidation(
      s.valueValidation,
      isIntOrStringAnyOf(s.valueValidation?.anyOf),
      isIntOrStringAllOf(s.valueValidation),
      lvl,
      fldPath,
    ),
  );

  const checkMetadata = lvl === 'root' || x.xEmbeddedResource;
  const t = s.generic.type;
  if (x.xEmbeddedResource && t !== 'object') {
    if (t === '')
      errs.push(required(fldPath.child('type'), 'must be object if x-kubernetes-embedded-resource is true'));
    else
      errs.push(
        invalid(fldPath.child('type'), t, 'must be object if x-kubernetes-embedded-resource is true'),
      );
  } else if (t === '' && !x.xIntOrString && !x.xPreserveUnknownFields) {
    const where = {
      root: 'at the root',
      item: 'for specified array items',
      field: 'for specified object fields',
    }[lvl];
    errs.push(required(fldPath.child('type'), `must not be empty ${where}`));
  }
  if (x.xEmbeddedResource && s.additionalProperties)
    errs.push(
      forbidden(
        fldPath.child('additionalProperties'),
        'must not be used if x-kubernetes-embedded-resource is set',
      ),
    );
  if (lvl === 'root' && t !== '' && t !== 'object')
    errs.push(invalid(fldPath.child('type'), t, 'must be object at the root'));

  for (const meta of ['kind', 'apiVersion']) {
    const p = s.properties?.get(meta);
    if (p && checkMetadata && p.generic.type !== 'string')
      errs.push(
        invalid(fldPath.child('properties').key(meta).child('type'), p.generic.type, 'must be string'),
      );
  }
  const metadata = s.properties?.get('metadata');
  if (metadata)
    errs.push(
      ...validateMetadataInvariants(
        metadata,
        checkMetadata,
        lvl,
        fldPath.child('properties').key('metadata'),
      ),
    );

  if (x.xEmbeddedResource && !x.xPreserveUnknownFields && (s.properties?.size ?? 0) === 0)
    errs.push(
      required(
        fldPath.child('properties'),
        'must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields',
      ),
    );
  return errs;
}

function validateMetadataInvariants(
  s: Structural,
  checkMetadata: boolean,
  lvl: Level,
  fldPath: Path,
): FieldError[] {
  const errs: FieldError[] = [];
  if (checkMetadata && s.generic.type !== 'object')
    errs.push(invalid(fldPath.child('type'), s.generic.type, 'must be object'));
  if (lvl === 'root') {
    // only name and generateName may be restricted; type and default are checked elsewhere
    const props = s.properties;
    const hasName = props?.has('name') ?? false;
    const hasGenerateName = props?.has('generateName') ?? false;
    const size = props?.size ?? 0;
    const onlyNames =
      (hasName && hasGenerateName && size === 2) || ((hasName || hasGenerateName) && size === 1);
    const g = s.generic;
    const empty =
      !s.items &&
      (size === 0 || onlyNames) &&
      !s.additionalProperties &&
      !g.description &&
      !g.title &&
      !g.nullable &&
      extensionsEmpty(s.extensions) &&
      valueValidationEmpty(s.valueValidation);
    if (!empty)
      errs.push(
        forbidden(
          fldPath,
          'must not specify anything other than name and generateName, but metadata is implicitly specified',
        ),
      );
  }
  return errs;
}

function extensionsEmpty(x: Extensions): boolean {
  return (
    !x.xPreserveUnknownFields &&
    !x.xEmbeddedResource &&
    !x.xIntOrString &&
    !x.xListMapKeys?.length &&
    x.xListType === undefined &&
    x.xMapType === undefined &&
    !x.xValidations?.length
  );
}

function valueValidationEmpty(v: ValueValidation | undefined): boolean {
  return !v || Object.values(v).every((x) => x === undefined);
}

/** The two int-or-string shapes Go lets through: anyOf [integer, string] and allOf [{anyOf: [integer, string]}, …]. */
function isIntOrStringAnyOf(anyOf: NestedValueValidation[] | undefined): boolean {
  if (!anyOf || anyOf.length !== 2) return false;
  return anyOf.every((n, i) => isBareType(n, i === 0 ? 'integer' : 'string'));
}

function isIntOrStringAllOf(v: ValueValidation | undefined): boolean {
  return !!v?.allOf && v.allOf.length >= 1 && isIntOrStringAnyOf(v.allOf[0]!.valueValidation.anyOf);
}

function isBareType(n: NestedValueValidation, type: string): boolean {
  const g: Generic = n.forbiddenGenerics;
  return (
    g.type === type &&
    !g.description &&
    !g.title &&
    !g.nullable &&
    g.default === undefined &&
    extensionsEmpty(n.forbiddenExtensions) &&
    valueValidationEmpty(n.valueValidation) &&
    !n.items &&
    !n.properties &&
    !n.additionalProperties
  );
}

function validateValueValidation(
  v: ValueValidation | undefined,
  skipAnyOf: boolean,
  skipFirstAllOfAnyOf: boolean,
  lvl: Level,
  fldPath: Path,
): FieldError[] {
  if (!v) return [];
  const errs: FieldError[] = [];
  if (!skipAnyOf)
    v.anyOf?.forEach((n, i) => errs.push(...validateNested(n, false, lvl, fldPath.child('anyOf').index_(i))));
  v.allOf?.forEach((n, i) =>
    errs.push(...validateNested(n, skipFirstAllOfAnyOf && i === 0, lvl, fldPath.child('allOf').index_(i))),
  );
  v.oneOf?.forEach((n, i) => errs.push(...validateNested(n, false, lvl, fldPath.child('oneOf').index_(i))));
  if (v.not) errs.push(...validateNested(v.not, false, lvl, fldPath.child('not')));
  if (v.pattern) {
    try {
      compileGoRegexp(v.pattern);
    } catch (e) {
      if (!(e instanceof GoRegexpError)) throw e;
      errs.push(
        invalid(
          fldPath.child('pattern'),
          v.pattern,
          `must be a valid regular expression, but isn't: ${e.message}`,
        ),
      );
    }
  }
  return errs;
}

function validateNested(
  v: NestedValueValidation,
  skipAnyOf: boolean,
  lvl: Level,
  fldPath: Path,
): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...validateValueValidation(v.valueValidation, skipAnyOf, false, lvl, fldPath));
  if (v.items) errs.push(...validateNested(v.items, false, lvl, fldPath.child('items')));
  for (const [k, f] of v.properties ?? [])
    errs.push(...validateNested(f, false, 'field', fldPath.child('properties').key(k)));
  const g = v.forbiddenGenerics;
  const x = v.forbiddenExtensions;
  if (g.type) errs.push(forbidden(fldPath.child('type'), 'must be empty to be structural'));
  if (v.additionalProperties)
    errs.push(forbidden(fldPath.child('additionalProperties'), 'must be undefined to be structural'));
  if (g.default !== undefined)
    errs.push(forbidden(fldPath.child('default'), 'must be undefined to be structural'));
  if (g.title) errs.push(forbidden(fldPath.child('title'), 'must be empty to be structural'));
  if (g.description) errs.push(forbidden(fldPath.child('description'), 'must be empty to be structural'));
  if (g.nullable) errs.push(forbidden(fldPath.child('nullable'), 'must be false to be structural'));
  if (x.xPreserveUnknownFields)
    errs.push(
      forbidden(fldPath.child('x-kubernetes-preserve-unknown-fields'), 'must be false to be structural'),
    );
  if (x.xEmbeddedResource)
    errs.push(forbidden(fldPath.child('x-kubernetes-embedded-resource'), 'must be false to be structural'));
  if (x.xIntOrString)
    errs.push(forbidden(fldPath.child('x-kubernetes-int-or-string'), 'must be false to be structural'));
  if (x.xListMapKeys?.length)
    errs.push(forbidden(fldPath.child('x-kubernetes-list-map-keys'), 'must be empty to be structural'));
  if (x.xListType !== undefined)
    errs.push(forbidden(fldPath.child('x-kubernetes-list-type'), 'must be undefined to be structural'));
  if (x.xMapType !== undefined)
    errs.push(forbidden(fldPath.child('x-kubernetes-map-type'), 'must be undefined to be structural'));
  if (x.xValidations?.length)
    errs.push(forbidden(fldPath.child('x-kubernetes-validations'), 'must be empty to be structural'));
  if (v.properties?.has('metadata'))
    errs.push(
      forbidden(fldPath.child('properties').key('metadata'), 'must not be specified in a nested context'),
    );
  return errs;
}

/** Every field or array a value validation names must also be specified by the structural schema. */
function validateCompleteness(s: Structural, fldPath: Path): FieldError[] {
  return completenessVV(s.valueValidation, s, fldPath, fldPath);
}

function completenessVV(
  v: ValueValidation | undefined,
  s: Structural | undefined,
  sPath: Path,
  vPath: Path,
): FieldError[] {
  if (!v) return [];
  if (!s) return [required(sPath, `because it is defined in ${vPath.toString()}`)];
  const errs: FieldError[] = [];
  if (v.not) errs.push(...completenessNested(v.not, s, sPath, vPath.child('not')));
  v.allOf?.forEach((n, i) => errs.push(...completenessNested(n, s, sPath, vPath.child('allOf').index_(i))));
  v.anyOf?.forEach((n, i) => errs.push(...completenessNested(n, s, sPath, vPath.child('anyOf').index_(i))));
  v.oneOf?.forEach((n, i) => errs.push(...completenessNested(n, s, sPath, vPath.child('oneOf').index_(i))));
  return errs;
}

function completenessNested(
  v: NestedValueValidation | undefined,
  s: Structural | undefined,
  sPath: Path,
  vPath: Path,
): FieldError[] {
  if (!v) return [];
  if (!s) return [required(sPath, `because it is defined in ${vPath.toString()}`)];
  const errs: FieldError[] = [...completenessVV(v.valueValidation, s, sPath, vPath)];
  errs.push(...completenessNested(v.items, s.items, sPath.child('items'), vPath.child('items')));
  for (const [k, vf] of v.properties ?? []) {
    const sf = s.properties?.get(k);
    if (!sf)
      errs.push(
        required(
          sPath.child('properties').key(k),
          `because it is defined in ${vPath.child('properties').key(k).toString()}`,
        ),
      );
    else
      errs.push(
        ...completenessNested(vf, sf, sPath.child('properties').key(k), vPath.child('properties').key(k)),
      );
  }
  return errs;
}

// ---- ValidateCustomResourceDefinitionOpenAPISchema ----

interface SpecValidator {
  allowDefaults: boolean;
  disallowDefaultsReason: string;
  insideResourceMeta: boolean;
}

const rootValidator: SpecValidator = {
  allowDefaults: true,
  disallowDefaultsReason: '',
  insideResourceMeta: false,
};
const openapiV3Types = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
const metaFields = new Set(['metadata', 'kind', 'apiVersion']);

/** specStandardValidatorV3.validate: the keywords CRDs do not support. */
function validateKeywords(s: JSONSchemaProps, fldPath: Path, v: SpecValidator): FieldError[] {
  const raw = s as Record<string, unknown>;
  const errs: FieldError[] = [];
  if (s.type && !openapiV3Types.includes(s.type))
    errs.push(notSupported(fldPath.child('type'), s.type, openapiV3Types));
  if (s.default !== undefined && !v.allowDefaults) {
    const detail = 'must not be set' + (v.disallowDefaultsReason ? ' ' + v.disallowDefaultsReason : '');
    errs.push(forbidden(fldPath.child('default'), detail));
  }
  if (s.id) errs.push(forbidden(fldPath.child('id'), 'id is not supported'));
  if (raw.additionalItems !== undefined)
    errs.push(forbidden(fldPath.child('additionalItems'), 'additionalItems is not supported'));
  if (nonEmpty(raw.patternProperties))
    errs.push(forbidden(fldPath.child('patternProperties'), 'patternProperties is not supported'));
  if (nonEmpty(raw.definitions))
    errs.push(forbidden(fldPath.child('definitions'), 'definitions is not supported'));
  if (raw.dependencies !== undefined)
    errs.push(forbidden(fldPath.child('dependencies'), 'dependencies is not supported'));
  if (raw.$ref !== undefined) errs.push(forbidden(fldPath.child('$ref'), '$ref is not supported'));
  if (s.type === 'null')
    errs.push(forbidden(fldPath.child('type'), 'type cannot be set to null, use nullable as an alternative'));
  if (Array.isArray(s.items) && s.items.length > 0)
    errs.push(forbidden(fldPath.child('items'), 'items must be a schema object and not an array'));
  if (v.insideResourceMeta && s['x-kubernetes-embedded-resource'])
    errs.push(
      forbidden(fldPath.child('x-kubernetes-embedded-resource'), 'must not be used inside of resource meta'),
    );
  return errs;
}

const nonEmpty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length > 0;

function validateOpenAPISchema(
  s: JSONSchemaProps | undefined,
  fldPath: Path,
  ssv: SpecValidator,
  isRoot: boolean,
): FieldError[] {
  if (!s || typeof s !== 'object') return [];
  const errs = validateKeywords(s, fldPath, ssv);
  if (s.uniqueItems)
    errs.push(
      forbidden(
        fldPath.child('uniqueItems'),
        'uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
      ),
    );
  const props = s.properties ?? {};
  const ap = s.additionalProperties;
  if (ap !== undefined) {
    if (Object.keys(props).length > 0 && (ap === false || typeof ap === 'object'))
      errs.push(
        forbidden(
          fldPath.child('additionalProperties'),
          'additionalProperties and properties are mutual exclusive',
        ),
      );
    const sub = ssv.insideResourceMeta
      ? {
          ...ssv,
          allowDefaults: false,
          disallowDefaultsReason: 'inside additionalProperties applying to object metadata',
        }
      : ssv;
    if (typeof ap === 'object')
      errs.push(...validateOpenAPISchema(ap, fldPath.child('additionalProperties'), sub, false));
  }
  for (const [name, p] of Object.entries(props)) {
    let sub = ssv;
    if ((isRoot || s['x-kubernetes-embedded-resource']) && metaFields.has(name)) {
      sub = { ...sub, insideResourceMeta: true };
      if (isRoot) sub = { ...sub, allowDefaults: false, disallowDefaultsReason: `in top-level ${name}` };
    }
    errs.push(...validateOpenAPISchema(p, fldPath.child('properties').key(name), sub, false));
  }
  errs.push(...validateOpenAPISchema(s.not, fldPath.child('not'), ssv, false));
  s.allOf?.forEach((x, i) =>
    errs.push(...validateOpenAPISchema(x, fldPath.child('allOf').index_(i), ssv, false)),
  );
  s.oneOf?.forEach((x, i) =>
    errs.push(...validateOpenAPISchema(x, fldPath.child('oneOf').index_(i), ssv, false)),
  );
  s.anyOf?.forEach((x, i) =>
    errs.push(...validateOpenAPISchema(x, fldPath.child('anyOf').index_(i), ssv, false)),
  );
  if (Array.isArray(s.items))
    s.items.forEach((x, i) =>
      errs.push(...validateOpenAPISchema(x, fldPath.child('items').index_(i), ssv, false)),
    );
  else errs.push(...validateOpenAPISchema(s.items, fldPath.child('items'), ssv, false));

  const preserve = s['x-kubernetes-preserve-unknown-fields'];
  if (preserve === false)
    errs.push(
      invalid(fldPath.child('x-kubernetes-preserve-unknown-fields'), false, 'must be true or undefined'),
    );
  errs.push(...validateListAndMapTypes(s, fldPath));
  errs.push(...validateRules(s, fldPath));
  return errs;
}

function validateListAndMapTypes(s: JSONSchemaProps, fldPath: Path): FieldError[] {
  const errs: FieldError[] = [];
  const mapType = s['x-kubernetes-map-type'];
  const listType = s['x-kubernetes-list-type'];
  const keys = s['x-kubernetes-list-map-keys'] ?? [];
  const type = s.type ?? '';
  if (mapType !== undefined && type !== 'object') {
    if (type === '')
      errs.push(required(fldPath.child('type'), 'must be object if x-kubernetes-map-type is specified'));
    else
      errs.push(invalid(fldPath.child('type'), type, 'must be object if x-kubernetes-map-type is specified'));
  }
  if (mapType !== undefined && mapType !== 'atomic' && mapType !== 'granular')
    errs.push(notSupported(fldPath.child('x-kubernetes-map-type'), mapType, ['atomic', 'granular']));
  const items = Array.isArray(s.items) ? undefined : s.items;
  if (listType !== undefined && type !== 'array') {
    if (type === '')
      errs.push(required(fldPath.child('type'), 'must be array if x-kubernetes-list-type is specified'));
    else
      errs.push(invalid(fldPath.child('type'), type, 'must be array if x-kubernetes-list-type is specified'));
  } else if (listType === 'set' && items) {
    if (
      items.type === 'array' &&
      items['x-kubernetes-list-type'] !== undefined &&
      items['x-kubernetes-list-type'] !== 'atomic'
    )
      errs.push(
        invalid(
          fldPath.child('items').child('x-kubernetes-list-type'),
          items['x-kubernetes-list-type'],
          'must be atomic as item of a list with x-kubernetes-list-type=set',
        ),
      );
    if (items.type === 'object' && items['x-kubernetes-map-type'] !== 'atomic')
      errs.push(
        invalid(
          fldPath.child('items').child('x-kubernetes-map-type'),
          items['x-kubernetes-list-type'] ?? null,
          'must be atomic as item of a list with x-kubernetes-list-type=set',
        ),
      );
  }
  if (listType !== undefined && !['atomic', 'set', 'map'].includes(listType))
    errs.push(notSupported(fldPath.child('x-kubernetes-list-type'), listType, ['atomic', 'set', 'map']));
  if (keys.length > 0) {
    if (listType === undefined)
      errs.push(
        required(
          fldPath.child('x-kubernetes-list-type'),
          'must be map if x-kubernetes-list-map-keys is non-empty',
        ),
      );
    else if (listType !== 'map')
      errs.push(
        invalid(
          fldPath.child('x-kubernetes-list-type'),
          listType,
          'must be map if x-kubernetes-list-map-keys is non-empty',
        ),
      );
  }
  if (listType === 'map') {
    if (keys.length === 0)
      errs.push(
        required(
          fldPath.child('x-kubernetes-list-map-keys'),
          'must not be empty if x-kubernetes-list-type is map',
        ),
      );
    if (s.items === undefined)
      errs.push(required(fldPath.child('items'), 'must have a schema if x-kubernetes-list-type is map'));
    if (Array.isArray(s.items))
      errs.push(
        invalid(
          fldPath.child('items'),
          s.items,
          'must only have a single schema if x-kubernetes-list-type is map',
        ),
      );
    if (items && items.type !== 'object')
      errs.push(
        invalid(
          fldPath.child('items').child('type'),
          items.type ?? '',
          "must be object if parent array's x-kubernetes-list-type is map",
        ),
      );
    if (items && items.type === 'object') {
      const seen = new Set<string>();
      for (const k of keys) {
        const p = items.properties?.[k];
        if (p) {
          if (p.type === 'array' || p.type === 'object')
            errs.push(
              invalid(
                fldPath.child('items').child('properties').key(k).child('type'),
                items.type,
                "must be a scalar type if parent array's x-kubernetes-list-type is map",
              ),
            );
        } else {
          errs.push(
            invalid(
              fldPath.child('x-kubernetes-list-map-keys'),
              keys,
              'entries must all be names of item properties',
            ),
          );
        }
        if (seen.has(k))
          errs.push(
            invalid(fldPath.child('x-kubernetes-list-map-keys'), keys, 'must not contain duplicate entries'),
          );
        seen.add(k);
      }
    }
  }
  // validateMapListKeysMapSet
  if (items && (listType === 'set' || listType === 'map')) {
    if (items.nullable)
      errs.push(
        forbidden(
          fldPath.child('items').child('nullable'),
          `cannot be nullable when x-kubernetes-list-type is ${listType}`,
        ),
      );
    if (listType === 'map') {
      const req = new Set(items.required ?? []);
      for (const k of keys) {
        const p = items.properties?.[k];
        if (!p) continue;
        if (!req.has(k) && p.default === undefined)
          errs.push(
            required(
              fldPath.child('items').child('properties').key(k).child('default'),
              'this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property',
            ),
          );
        if (p.nullable)
          errs.push(
            forbidden(
              fldPath.child('items').child('properties').key(k).child('nullable'),
              'this property is in x-kubernetes-list-map-keys, so it cannot be nullable',
            ),
          );
      }
    }
  }
  return errs;
}

/** The shape of x-kubernetes-validations entries (their CEL is not compiled here). */
function validateRules(s: JSONSchemaProps, fldPath: Path): FieldError[] {
  const errs: FieldError[] = [];
  (s['x-kubernetes-validations'] ?? []).forEach((rule, i) => {
    const p = fldPath.child('x-kubernetes-validations').index_(i);
    const r = (rule.rule ?? '').trim();
    const msg = rule.message ?? '';
    const m = msg.trim();
    if (r === '') errs.push(required(p.child('rule'), 'rule is not specified'));
    else if (msg.length > 0 && m === '')
      errs.push(invalid(p.child('message'), msg, 'message must be non-empty if specified'));
    else if (/[\n\r]/.test(m))
      errs.push(invalid(p.child('message'), msg, 'message must not contain line breaks'));
    else if (/[\n\r]/.test(r) && m === '')
      errs.push(required(p.child('message'), 'message must be specified if rule contains line breaks'));
  });
  return errs;
}
