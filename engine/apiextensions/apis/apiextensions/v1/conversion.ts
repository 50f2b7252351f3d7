// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/conversion.go
// (Convert_v1_CustomResourceDefinitionSpec_To_apiextensions_CustomResourceDefinitionSpec and back,
// Convert_v1_CustomResourceConversion_To_apiextensions_CustomResourceConversion and back) and
// zz_generated.conversion.go (the CRD and List conversions, metav1.Convert_bool_To_Pointer_bool) @ v1.34.0
//
// Mostly field copies, with three twists:
// - v1 → internal sets `spec.version` to the first version's name and moves a schema (subresources, printer
//   columns, selectable fields) that every version shares to the spec's top level, clearing it per version.
//   Internal → v1 pushes top-level values back into every version.
// - v1's `conversion.webhook.{clientConfig,conversionReviewVersions}` are flat in the internal type.
// - v1's `preserveUnknownFields` is a bool, the internal one a pointer: after conversion it is always set.
import { copyJSON, isObject, type RuntimeObject } from '../../../../runtime/object';
import { convertList, copyStructFields } from '../../../../apis/core/v1/structural_copy';
import { deepEqual } from '../../../../util/equality';
import { ApiextensionsCustomResourceDefinition, ApiextensionsCustomResourceDefinitionList } from '../types';
import { V1CustomResourceDefinition, V1CustomResourceDefinitionList } from './types';

type JSONObject = Record<string, unknown>;

/** The per-version fields the internal type may hold once, at the spec's top level. */
const hoisted = [
  { version: 'subresources', top: 'subresources' },
  { version: 'schema', top: 'validation' },
  { version: 'additionalPrinterColumns', top: 'additionalPrinterColumns' },
  { version: 'selectableFields', top: 'selectableFields' },
] as const;

function versionsOf(spec: JSONObject): JSONObject[] {
  return Array.isArray(spec['versions']) ? (spec['versions'] as unknown[]).filter(isObject) : [];
}

/** Convert_v1_CustomResourceDefinitionSpec_To_apiextensions_CustomResourceDefinitionSpec (after the copy). */
function specToInternal(spec: JSONObject): void {
  spec['preserveUnknownFields'] = spec['preserveUnknownFields'] === true;
  if (isObject(spec['conversion'])) conversionToInternal(spec['conversion']);
  const versions = versionsOf(spec);
  if (versions.length === 0) return;
  spec['version'] = versions[0]!['name'];
  const identical: Record<string, boolean> = {};
  for (const { version } of hoisted) {
    const first = versions[0]![version];
    identical[version] = versions.every((v) => deepEqual(v[version], first));
  }
  for (const { version, top } of hoisted) {
    // selectable fields move up only together with the schema they point into
    const move = identical[version]! && (version !== 'selectableFields' || identical['schema']!);
    if (!move) continue;
    const value = versions[0]![version];
    if (value !== undefined) spec[top] = copyJSON(value);
    for (const v of versions) delete v[version];
  }
}

/** Convert_apiextensions_CustomResourceDefinitionSpec_To_v1_CustomResourceDefinitionSpec (after the copy). */
function specToExternal(spec: JSONObject): void {
  const version = spec['version'];
  delete spec['version'];
  if (spec['preserveUnknownFields'] !== true) delete spec['preserveUnknownFields'];
  if (isObject(spec['conversion'])) conversionToExternal(spec['conversion']);
  if (versionsOf(spec).length === 0 && typeof version === 'string' && version !== '') {
    // no versions were specified, and a version name was specified
    spec['versions'] = [{ name: version, served: true, storage: true }];
  }
  for (const { version: field, top } of hoisted) {
    const value = spec[top];
    delete spec[top];
    if (value === undefined || value === null) continue;
    for (const v of versionsOf(spec)) v[field] = copyJSON(value);
  }
}

function conversionToInternal(conv: JSONObject): void {
  const webhook = conv['webhook'];
  delete conv['webhook'];
  if (!isObject(webhook)) return;
  if (webhook['conversionReviewVersions'] !== undefined)
    conv['conversionReviewVersions'] = webhook['conversionReviewVersions'];
  if (isObject(webhook['clientConfig'])) conv['webhookClientConfig'] = webhook['clientConfig'];
}

function conversionToExternal(conv: JSONObject): void {
  const clientConfig = conv['webhookClientConfig'];
  const reviewVersions = conv['conversionReviewVersions'];
  delete conv['webhookClientConfig'];
  delete conv['conversionReviewVersions'];
  if (clientConfig === undefined && reviewVersions === undefined) return;
  const webhook: JSONObject = {};
  if (clientConfig !== undefined) webhook['clientConfig'] = clientConfig;
  webhook['conversionReviewVersions'] = reviewVersions ?? null;
  conv['webhook'] = webhook;
}

export function Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
  if (isObject(out['spec'])) specToInternal(out['spec']);
}

export function Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
  if (isObject(out['spec'])) specToExternal(out['spec']);
}

export function Convert_v1_CustomResourceDefinitionList_To_apiextensions_CustomResourceDefinitionList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(
    input,
    out,
    ApiextensionsCustomResourceDefinition,
    Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition,
  );
}

export function Convert_apiextensions_CustomResourceDefinitionList_To_v1_CustomResourceDefinitionList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(
    input,
    out,
    V1CustomResourceDefinition,
    Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition,
  );
}

export const v1Conversions = [
  {
    from: V1CustomResourceDefinition,
    to: ApiextensionsCustomResourceDefinition,
    fn: Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition,
    name: 'Convert_v1_CustomResourceDefinition_To_apiextensions_CustomResourceDefinition',
  },
  {
    from: ApiextensionsCustomResourceDefinition,
    to: V1CustomResourceDefinition,
    fn: Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition,
    name: 'Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition',
  },
  {
    from: V1CustomResourceDefinitionList,
    to: ApiextensionsCustomResourceDefinitionList,
    fn: Convert_v1_CustomResourceDefinitionList_To_apiextensions_CustomResourceDefinitionList,
    name: 'Convert_v1_CustomResourceDefinitionList_To_apiextensions_CustomResourceDefinitionList',
  },
  {
    from: ApiextensionsCustomResourceDefinitionList,
    to: V1CustomResourceDefinitionList,
    fn: Convert_apiextensions_CustomResourceDefinitionList_To_v1_CustomResourceDefinitionList,
    name: 'Convert_apiextensions_CustomResourceDefinitionList_To_v1_CustomResourceDefinitionList',
  },
];
