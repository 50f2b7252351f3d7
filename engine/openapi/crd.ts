// Go twin: k8s.io/apiextensions-apiserver/pkg/controller/openapi/builder/builder.go (BuildOpenAPIV3,
// buildRoute, buildKubeNative) and pkg/controller/openapiv3/controller.go @ v1.34.0
//
// Each served version of an Established CRD adds its routes and its structural schema (with Go's
// apiVersion/kind/metadata properties) to the document of `apis/<group>/<version>`.
import {
  isCRDConditionTrue,
  getSchemaForVersion,
  getSubresourcesForVersion,
} from '../apiextensions/apis/apiextensions/helpers';
import type { CustomResourceDefinition, JSONSchemaProps } from '../apiextensions/apis/apiextensions/types';
import { ListMetaDef, ObjectMetaDef } from '../apis/meta/v1/types';
import { copyJSON } from '../runtime/object';
import type { StructDef } from '../runtime/gotype';
import type { GroupVersionKind } from '../runtime/schema/groupversion';
import { buildOpenAPIV3, describeAction, tagOf, type DocRoute, type OpenAPIV3Document } from './builder3';
import { DefinitionCollector, type Schema } from './definitions';
import { DeleteOptionsDef, StatusDef } from './meta_defs';
import { v3RefPrefix } from './builtin';

const produces = ['application/json', 'application/yaml'];
const listProduces = [...produces, 'application/json;stream=watch'];
const patchTypes = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
];

/** `stable.example.com` → `com.example.stable`: Go's definition-name prefix for a CRD group. */
const reversedGroup = (group: string) => group.split('.').reverse().join('.');
const camel = (s: string) =>
  s
    .split(/[.-]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

/** The served group-versions of the Established CRDs, each with the CRDs serving it. */
export function crdGroupVersions(crds: CustomResourceDefinition[]): Map<string, CustomResourceDefinition[]> {
  const out = new Map<string, CustomResourceDefinition[]>();
  for (const crd of crds) {
    if (!isCRDConditionTrue(crd, 'Established')) continue;
    for (const v of crd.spec.versions) {
      if (!v.served) continue;
      const key = `apis/${crd.spec.group}/${v.name}`;
      out.set(key, [...(out.get(key) ?? []), crd]);
    }
  }
  return out;
}

/** The document of one CRD group-version. `scale` is autoscaling/v1 Scale's struct (for /scale). */
export function crdDocument(
  group: string,
  version: string,
  crds: CustomResourceDefinition[],
  scale: StructDef | undefined,
): OpenAPIV3Document {
  const collector = new DefinitionCollector(v3RefPrefix);
  const routes: DocRoute[] = [];
  const sorted = [...crds].sort((a, b) => (a.spec.names.kind < b.spec.names.kind ? -1 : 1));
  for (const crd of sorted) {
    const { kind, plural } = crd.status?.acceptedNames ?? crd.spec.names;
    const gvk: GroupVersionKind = { group, version, kind };
    const name = `${reversedGroup(group)}.${version}.${kind}`;
    const listName = `${name}List`;
    collector.schemas[name] = kindSchema(crd, version, gvk, collector);
    collector.schemas[listName] = {
      description: `${kind}List is a list of ${kind}`,
      type: 'object',
      required: ['items'],
      properties: {
        apiVersion: typeMetaProps.apiVersion,
        items: {
          type: 'array',
          items: collector.ref(name),
          description: `List of ${plural}. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md`,
        },
        kind: typeMetaProps.kind,
        metadata: {
          allOf: [collector.ref(collector.addStruct(ListMetaDef))],
          description: 'Standard list metadata.',
        },
      },
      'x-kubernetes-group-version-kind': [{ ...gvk, kind: `${kind}List` }],
    };
    const deleteOptions = collector.addStruct(DeleteOptionsDef);
    const status = collector.addStruct(StatusDef);
    const namespaced = crd.spec.scope === 'Namespaced';
    const base = `/apis/${group}/${version}`;
    const collection = namespaced ? `${base}/namespaces/{namespace}/${plural}` : `${base}/${plural}`;
    const item = `${collection}/{name}`;
    const op = (verb: string, suffix = '') =>
      `${verb}${camel(group)}${camel(version)}${namespaced ? 'Namespaced' : ''}${kind}${suffix}`;
    const route = (
      method: DocRoute['method'],
      path: string,
      action: string,
      operationId: string,
      extra: Partial<DocRoute> = {},
    ): DocRoute => ({
      method,
      path,
      operationId,
      action,
      gvk,
      response: name,
      produces: action === 'LIST' ? listProduces : produces,
      tag: tagOf(group, version),
      description: describeAction(action, kind, extra.subresource),
      ...extra,
    });
    routes.push(
      route('GET', collection, 'LIST', op('list'), { response: listName }),
      route('POST', collection, 'POST', op('create'), { body: name }),
      route('DELETE', collection, 'DELETECOLLECTION', op('deletecollection'), {
        body: deleteOptions,
        response: status,
      }),
      route('GET', item, 'GET', op('read')),
      route('PUT', item, 'PUT', op('replace'), { body: name }),
      route('PATCH', item, 'PATCH', op('patch'), { consumes: patchTypes }),
      route('DELETE', item, 'DELETE', op('delete'), { body: deleteOptions, response: status }),
    );
    if (namespaced)
      routes.push(
        route(
          'GET',
          `${base}/${plural}`,
          'LIST',
          `list${camel(group)}${camel(version)}${kind}ForAllNamespaces`,
          {
            response: listName,
          },
        ),
      );
    const sub = getSubresourcesForVersion(crd, version);
    if (sub?.status) {
      routes.push(
        route('GET', `${item}/status`, 'GET', op('read', 'Status'), { subresource: 'status' }),
        route('PUT', `${item}/status`, 'PUT', op('replace', 'Status'), { subresource: 'status', body: name }),
        route('PATCH', `${item}/status`, 'PATCH', op('patch', 'Status'), {
          subresource: 'status',
          consumes: patchTypes,
        }),
      );
    }
    if (sub?.scale && scale) {
      const scaleName = collector.addStruct(scale);
      const scaleGVK = { group: 'autoscaling', version: 'v1', kind: 'Scale' };
      collector.schemas[scaleName]!['x-kubernetes-group-version-kind'] = [scaleGVK];
      const s = { subresource: 'scale', gvk: scaleGVK, response: scaleName };
      routes.push(
        route('GET', `${item}/scale`, 'GET', op('read', 'Scale'), s),
        route('PUT', `${item}/scale`, 'PUT', op('replace', 'Scale'), { ...s, body: scaleName }),
        route('PATCH', `${item}/scale`, 'PATCH', op('patch', 'Scale'), { ...s, consumes: patchTypes }),
      );
    }
  }
  return buildOpenAPIV3(routes, collector);
}

const typeMetaProps = {
  apiVersion: {
    description:
      'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
    type: 'string',
  },
  kind: {
    description:
      'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
    type: 'string',
  },
};

/** The CRD's structural schema as the kind's definition, with apiVersion, kind and ObjectMeta filled in. */
function kindSchema(
  crd: CustomResourceDefinition,
  version: string,
  gvk: GroupVersionKind,
  collector: DefinitionCollector,
): Schema {
  const source = getSchemaForVersion(crd, version)?.openAPIV3Schema;
  const schema = (
    source ? copyJSON(source) : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
  ) as Schema & JSONSchemaProps;
  const properties = { ...(schema.properties ?? {}) } as Record<string, unknown>;
  properties.apiVersion = typeMetaProps.apiVersion;
  properties.kind = typeMetaProps.kind;
  properties.metadata = {
    allOf: [collector.ref(collector.addStruct(ObjectMetaDef))],
    description:
      "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
  };
  return {
    ...schema,
    type: 'object',
    properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : 1))),
    'x-kubernetes-group-version-kind': [gvk],
  };
}
