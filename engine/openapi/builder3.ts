// Go twin: k8s.io/kube-openapi/pkg/builder3/openapi.go (BuildOpenAPISpecFromRoutes, buildOperations) and the
// route documentation k8s.io/apiserver/pkg/endpoints/installer.go (registerResourceHandlers) attaches @ v1.34.0
import type { GroupVersionKind } from '../runtime/schema/groupversion';
import type { DefinitionCollector } from './definitions';
import { type Schema } from './definitions';
import { patchDefinition } from './meta_defs';
import { actionParameters, pathParam, prettyParam } from './parameters';

/** One documented route: what the installer knows about it, with its types already named. */
export interface DocRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** full path, e.g. `/api/v1/namespaces/{namespace}/pods` */
  path: string;
  operationId: string;
  /** the installer's action (LIST, POST, …); empty for non-resource routes such as discovery */
  action: string;
  /** the kind the route serves (x-kubernetes-group-version-kind) */
  gvk?: GroupVersionKind;
  subresource?: string;
  /** the definition name of the request body (POST/PUT) */
  body?: string;
  /** the definition name of the 200 response */
  response?: string;
  produces: readonly string[];
  /** PATCH content types */
  consumes?: readonly string[];
  tag: string;
  description: string;
}

const actionNames: Record<string, string> = {
  LIST: 'list',
  POST: 'post',
  DELETECOLLECTION: 'deletecollection',
  WATCHLIST: 'watchlist',
  GET: 'get',
  PUT: 'put',
  PATCH: 'patch',
  DELETE: 'delete',
  WATCH: 'watch',
};

const codes: Record<string, [string, string][]> = {
  POST: [
    ['200', 'OK'],
    ['201', 'Created'],
    ['202', 'Accepted'],
  ],
  PUT: [
    ['200', 'OK'],
    ['201', 'Created'],
  ],
  PATCH: [
    ['200', 'OK'],
    ['201', 'Created'],
  ],
  DELETE: [
    ['200', 'OK'],
    ['202', 'Accepted'],
  ],
};

export interface OpenAPIV3Document {
  openapi: '3.0.0';
  info: { title: string; version: string };
  paths: Record<string, Schema>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
}

/**
 * Builds one group-version's document from its routes. The collector already holds the definitions the
 * routes name (and their dependencies); paths are sorted as Go's JSON encoding of a map sorts them.
 */
export function buildOpenAPIV3(routes: DocRoute[], collector: DefinitionCollector): OpenAPIV3Document {
  const paths: Record<string, Schema> = {};
  for (const r of routes) {
    const item = (paths[r.path] ??= {});
    item[r.method.toLowerCase()] = operation(r, collector);
    if (r.action && !item.parameters) {
      const params = [...r.path.matchAll(/\{([^}:]+)[^}]*\}/g)].map((m) =>
        pathParam(m[1]!, r.gvk?.kind ?? ''),
      );
      item.parameters = [...params, prettyParam];
    }
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.34.0' },
    paths: sortKeys(paths),
    components: {
      schemas: sortKeys(collector.schemas),
      securitySchemes: {
        BearerToken: {
          type: 'apiKey',
          description: 'Bearer Token authentication',
          name: 'authorization',
          in: 'header',
        },
      },
    },
  };
}

function operation(r: DocRoute, collector: DefinitionCollector): Schema {
  const op: Schema = { tags: [r.tag], description: r.description, operationId: r.operationId };
  const params = actionParameters(r.action);
  if (params.length > 0) op.parameters = params;
  if (r.method === 'PATCH') {
    const patch = collector.ref(collector.addSchema(patchDefinition.name, { ...patchDefinition.schema }));
    op.requestBody = {
      content: Object.fromEntries((r.consumes ?? []).map((mt) => [mt, { schema: patch }])),
      required: true,
    };
  } else if (r.body) {
    const required = r.method === 'POST' || r.method === 'PUT';
    op.requestBody = {
      content: { '*/*': { schema: collector.ref(r.body) } },
      ...(required ? { required } : {}),
    };
  }
  const responses: Schema = {};
  for (const [code, description] of codes[r.method] ?? [['200', 'OK']]) {
    responses[code] = {
      description,
      ...(r.response
        ? {
            content: Object.fromEntries(r.produces.map((mt) => [mt, { schema: collector.ref(r.response!) }])),
          }
        : {}),
    };
  }
  responses['401'] = { description: 'Unauthorized' };
  op.responses = responses;
  if (r.action) op['x-kubernetes-action'] = actionNames[r.action] ?? r.action.toLowerCase();
  if (r.gvk)
    op['x-kubernetes-group-version-kind'] = { group: r.gvk.group, kind: r.gvk.kind, version: r.gvk.version };
  return op;
}

/** Go encodes maps with sorted keys; documents (and so their hashes) must not depend on insertion order. */
export function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The go-restful tag of a group-version: `core_v1`, `apps_v1`, `rbacAuthorization_v1`, `stableExampleCom_v1`. */
export function tagOf(group: string, version: string): string {
  const g = (group || 'core')
    .replace(/\.k8s\.io$/, '')
    .split(/[.-]/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
  return `${g}_${version}`;
}

/** The operation description the installer writes for an action. */
export function describeAction(action: string, kind: string, subresource = ''): string {
  const sub = subresource ? `${subresource} of ` : '';
  switch (action) {
    case 'LIST':
      return `list or watch objects of kind ${kind}`;
    case 'POST':
      return subresource ? `create ${subresource} of a ${kind}` : `create a ${kind}`;
    case 'DELETECOLLECTION':
      return `delete collection of ${kind}`;
    case 'WATCHLIST':
      return `watch individual changes to a list of ${kind}. deprecated: use the 'watch' parameter with a list operation instead.`;
    case 'GET':
      return `read ${sub || 'the specified '}${sub ? 'the specified ' : ''}${kind}`;
    case 'PUT':
      return `replace ${sub || 'the specified '}${sub ? 'the specified ' : ''}${kind}`;
    case 'PATCH':
      return `partially update ${sub || 'the specified '}${sub ? 'the specified ' : ''}${kind}`;
    case 'DELETE':
      return `delete a ${kind}`;
    case 'WATCH':
      return `watch changes to an object of kind ${kind}. deprecated: use the 'watch' parameter with a list operation instead, filtered to a single item with the 'fieldSelector' parameter.`;
    default:
      return '';
  }
}
