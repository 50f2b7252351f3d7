// Go twin: k8s.io/apiserver/pkg/server/routes/openapi.go (OpenAPI.InstallV3: one document per web service
// root) and k8s.io/kube-openapi/pkg/builder3 (BuildOpenAPISpecFromRoutes) @ v1.34.0
//
// The documents of the go-restful web services a server registered (`/api/v1`, `/apis/apps`, `/version`, …),
// keyed as Go keys them: the root path without its leading slash.
import type { StructDef } from '../runtime/gotype';
import type { Scheme } from '../runtime/scheme';
import { parseGroupVersion, type GroupVersionKind } from '../runtime/schema/groupversion';
import type { GenericAPIServer } from '../server/genericapiserver';
import type { WebService } from '../server/restful/container';
import { buildOpenAPIV3, describeAction, tagOf, type DocRoute, type OpenAPIV3Document } from './builder3';
import { DefinitionCollector } from './definitions';
import {
  APIGroupDef,
  APIGroupListDef,
  APIResourceListDef,
  APIVersionsDef,
  DeleteOptionsDef,
  StatusDef,
  VersionInfoDef,
  WatchEventDef,
} from './meta_defs';

/** A server whose web services are documented, with the scheme its types are registered in. */
export interface ServedAPI {
  server: GenericAPIServer;
  scheme: Scheme;
}

export const v3RefPrefix = '#/components/schemas/';

/** Every web service root of every server (aggregator first), each with a builder for its document. */
export function builtinDocuments(apis: ServedAPI[]): Map<string, () => OpenAPIV3Document> {
  const out = new Map<string, () => OpenAPIV3Document>();
  for (const api of apis) {
    for (const ws of api.server.handler.goRestfulContainer.registeredWebServices()) {
      const key = ws.rootPath.replace(/^\//, '');
      if (!out.has(key)) out.set(key, () => webServiceDocument(api, ws));
    }
  }
  return out;
}

function webServiceDocument(api: ServedAPI, ws: WebService): OpenAPIV3Document {
  const collector = new DefinitionCollector(v3RefPrefix);
  const installed = api.server.installedRoutes.find((i) => i.rootPath === ws.rootPath);
  const routes: DocRoute[] = [];
  const gvks = new Map<string, GroupVersionKind[]>();
  const named = (def: StructDef | undefined, gvk?: GroupVersionKind): string | undefined => {
    if (!def) return undefined;
    const name = collector.addStruct(def);
    if (gvk) {
      const list = gvks.get(name) ?? [];
      if (!list.some((g) => g.group === gvk.group && g.version === gvk.version && g.kind === gvk.kind))
        list.push(gvk);
      gvks.set(name, list);
    }
    return name;
  };
  for (const wr of ws.routes) {
    const method = wr.method as DocRoute['method'];
    const ir = installed?.routes.find(
      (r) => r.method === wr.method && `${installed.rootPath}/${r.path}` === wr.path,
    );
    if (!installed || !ir) {
      routes.push(nonResourceRoute(method, wr.path, wr.operation, wr.produces ?? [], named));
      continue;
    }
    const gv = parseGroupVersion(installed.rootPath.replace(/^\/apis?\//, ''));
    const resourcePath = ir.subresource ? `${ir.resource}/${ir.subresource}` : ir.resource;
    const res = installed.resources.find((r) => r.name === resourcePath);
    const gvk: GroupVersionKind = {
      group: res?.group ?? gv.group,
      version: res?.version ?? gv.version,
      kind: res?.kind ?? ir.resource,
    };
    const kindDef = api.scheme.typeFor(gvk)?.def;
    const kindName = named(kindDef, gvk);
    const listGVK = { ...gvk, kind: `${gvk.kind}List` };
    let body: string | undefined;
    let response: string | undefined = kindName;
    switch (ir.action) {
      case 'LIST':
        response = named(api.scheme.typeFor(listGVK)?.def, listGVK);
        break;
      case 'WATCH':
      case 'WATCHLIST':
        response = named(WatchEventDef);
        break;
      case 'POST':
      case 'PUT':
        body = kindName;
        break;
      case 'DELETE':
        body = named(DeleteOptionsDef);
        break;
      case 'DELETECOLLECTION':
        body = named(DeleteOptionsDef);
        response = named(StatusDef);
        break;
    }
    routes.push({
      method,
      path: wr.path,
      operationId: wr.operation,
      action: ir.action,
      gvk,
      subresource: ir.subresource,
      ...(body ? { body } : {}),
      ...(response ? { response } : {}),
      produces: wr.produces ?? [],
      ...(wr.consumes ? { consumes: wr.consumes } : {}),
      tag: tagOf(gv.group, gv.version),
      description: describeAction(ir.action, gvk.kind, ir.subresource),
    });
  }
  for (const [name, list] of gvks) collector.schemas[name]!['x-kubernetes-group-version-kind'] = list;
  return buildOpenAPIV3(routes, collector);
}

/** Discovery and /version routes: the response type follows from the operation the server gave them. */
function nonResourceRoute(
  method: DocRoute['method'],
  path: string,
  operationId: string,
  produces: readonly string[],
  named: (def: StructDef) => string | undefined,
): DocRoute {
  const [def, description] = operationId.endsWith('APIResources')
    ? [APIResourceListDef, 'get available resources']
    : operationId.endsWith('APIGroup')
      ? [APIGroupDef, 'get information of a group']
      : operationId === 'getCoreAPIVersions'
        ? [APIVersionsDef, 'get available API versions']
        : operationId === 'getAPIVersions'
          ? [APIGroupListDef, 'get available API versions']
          : [VersionInfoDef, 'get the version information for this server'];
  const segments = path.split('/').filter(Boolean);
  const tag =
    segments[0] === 'version'
      ? 'version'
      : segments.length >= 3 || (segments[0] === 'api' && segments.length === 2)
        ? tagOf(segments[0] === 'api' ? '' : segments[1]!, segments.at(-1)!)
        : segments[0] === 'api'
          ? 'core'
          : segments.length === 1
            ? 'apis'
            : tagOf(segments[1]!, '').replace(/_$/, '');
  return {
    method,
    path,
    operationId,
    action: '',
    response: named(def)!,
    produces,
    tag,
    description,
  };
}
