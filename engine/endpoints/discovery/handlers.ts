// Go twin: k8s.io/apiserver/pkg/endpoints/discovery/{legacy.go,root.go,group.go,version.go,util.go} @ v1.34.0
//
// Discovery documents, with Go's quirks: the legacy `/api` and `/api/v1` documents carry no apiVersion
// (stripVersionEncoder, "backward compatible with release-1.1"); `/apis…` documents do.
import { writeUnversionedNegotiated } from '../handlers/responsewriters/writers';
import type { Handler } from '../../server/http';
import type { RuntimeObject } from '../../runtime/object';
import type { APIGroup, APIResource } from './types';

const write =
  (obj: Record<string, unknown>): Handler =>
  async (w, req) => {
    writeUnversionedNegotiated(obj as RuntimeObject, w, req, 200);
  };

/** GET /api → APIVersions */
export function apiVersionsHandler(versions: string[], serverAddress: string): Handler {
  return write({
    kind: 'APIVersions',
    versions,
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  });
}

/** GET /apis → APIGroupList (the groups are computed per request: they change as APIs are added) */
export function apiGroupListHandler(groups: () => APIGroup[]): Handler {
  return async (w, req) => write({ kind: 'APIGroupList', apiVersion: 'v1', groups: groups() })(w, req);
}

/** GET /apis/<group> → APIGroup */
export function apiGroupHandler(group: () => APIGroup): Handler {
  return async (w, req) => write({ kind: 'APIGroup', apiVersion: 'v1', ...group() })(w, req);
}

/** GET /api/v1 or /apis/<g>/<v> → APIResourceList; the core and `extensions` groups omit apiVersion. */
export function apiResourceListHandler(
  group: string,
  groupVersion: string,
  resources: () => APIResource[],
): Handler {
  const keepUnversioned = group === '' || group === 'extensions';
  return async (w, req) =>
    write({
      kind: 'APIResourceList',
      ...(keepUnversioned ? {} : { apiVersion: 'v1' }),
      groupVersion,
      resources: resources(),
    })(w, req);
}
