// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_discovery.go (versionDiscoveryHandler,
// groupDiscoveryHandler) and customresource_discovery_controller.go (DiscoveryController.sync,
// sortGroupDiscoveryByKubeAwareVersion) @ v1.34.0
//
// `/apis/<group>` and `/apis/<group>/<version>` for CRD groups. Go's DiscoveryController recomputes these
// documents whenever a CRD changes; here the same computation runs on each request from the CRDs as they are
// now, which gives the same documents. A group or version no CRD serves goes to the delegate (404).
import { compareKubeAwareVersionStrings } from '../../aggregator/apis/apiregistration/kubeversion';
import type { APIGroup, APIResource, GroupVersionForDiscovery } from '../../endpoints/discovery/types';
import { writeUnversionedNegotiated } from '../../endpoints/handlers/responsewriters/writers';
import { storageVersionHash } from '../../endpoints/installer';
import { splitPath } from '../../endpoints/request/requestinfo';
import type { RuntimeObject } from '../../runtime/object';
import type { GroupVersion } from '../../runtime/schema/groupversion';
import type { Handler } from '../../server/http';
import { getSubresourcesForVersion, isCRDConditionTrue } from '../apis/apiextensions/helpers';
import type { CustomResourceDefinition } from '../apis/apiextensions/types';
import type { CRDLister } from './crd_lister';

export interface CRDDiscovery {
  /** null: no established CRD serves any version of the group */
  group: APIGroup | null;
  /** null: no established CRD serves this version */
  resources: APIResource[] | null;
}

/** DiscoveryController.sync for one group-version. */
export function discoveryFor(crds: readonly CustomResourceDefinition[], version: GroupVersion): CRDDiscovery {
  const versions: GroupVersionForDiscovery[] = [];
  const resources: APIResource[] = [];
  let foundVersion = false;
  let foundGroup = false;
  for (const crd of crds) {
    if (!isCRDConditionTrue(crd, 'Established')) continue;
    if (crd.spec.group !== version.group) continue;
    let foundThisVersion = false;
    let hash = '';
    for (const v of crd.spec.versions) {
      if (!v.served) continue;
      // If there is any Served version, that means the group should show up in discovery
      foundGroup = true;
      if (!versions.some((x) => x.version === v.name))
        versions.push({ groupVersion: `${crd.spec.group}/${v.name}`, version: v.name });
      if (v.name === version.version) foundThisVersion = true;
      if (v.storage)
        hash = storageVersionHash({ group: crd.spec.group, version: v.name, kind: crd.spec.names.kind });
    }
    if (!foundThisVersion) continue;
    foundVersion = true;
    // Go lists these verbs in this order, unsorted; a terminating CRD takes no creates or updates
    const verbs = isCRDConditionTrue(crd, 'Terminating')
      ? ['delete', 'deletecollection', 'get', 'list', 'watch']
      : ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'];
    const names = crd.status?.acceptedNames;
    const plural = names?.plural ?? '';
    const namespaced = crd.spec.scope === 'Namespaced';
    resources.push({
      name: plural,
      singularName: names?.singular ?? '',
      namespaced,
      kind: names?.kind ?? '',
      verbs,
      ...(names?.shortNames?.length ? { shortNames: names.shortNames } : {}),
      ...(names?.categories?.length ? { categories: names.categories } : {}),
      ...(hash ? { storageVersionHash: hash } : {}),
    });
    const subresources = getSubresourcesForVersion(crd, version.version);
    if (subresources?.status)
      resources.push({
        name: `${plural}/status`,
        singularName: '',
        namespaced,
        kind: names?.kind ?? '',
        verbs: ['get', 'patch', 'update'],
      });
    if (subresources?.scale)
      resources.push({
        name: `${plural}/scale`,
        singularName: '',
        namespaced,
        group: 'autoscaling',
        version: 'v1',
        kind: 'Scale',
        verbs: ['get', 'patch', 'update'],
      });
  }
  if (!foundGroup) return { group: null, resources: null };
  versions.sort((a, b) => -compareKubeAwareVersionStrings(a.version, b.version));
  const group: APIGroup = { name: version.group, versions, preferredVersion: versions[0]! };
  return { group, resources: foundVersion ? resources : null };
}

const write = (w: Parameters<Handler>[0], req: Parameters<Handler>[1], obj: Record<string, unknown>) =>
  writeUnversionedNegotiated(obj as RuntimeObject, w, req, 200);

/** versionDiscoveryHandler: GET /apis/<group>/<version> */
export function versionDiscoveryHandler(lister: CRDLister, delegate: Handler): Handler {
  return async (w, req) => {
    const parts = splitPath(req.ctx.requestInfo?.path ?? req.path);
    // only match /apis/<group>/<version>
    if (parts.length !== 3 || parts[0] !== 'apis') return delegate(w, req);
    const gv = { group: parts[1]!, version: parts[2]! };
    const { resources } = discoveryFor(await lister.list(), gv);
    if (!resources) return delegate(w, req);
    write(w, req, {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: `${gv.group}/${gv.version}`,
      resources,
    });
  };
}

/** groupDiscoveryHandler: GET /apis/<group> */
export function groupDiscoveryHandler(lister: CRDLister, delegate: Handler): Handler {
  return async (w, req) => {
    const parts = splitPath(req.ctx.requestInfo?.path ?? req.path);
    // only match /apis/<group>
    if (parts.length !== 2 || parts[0] !== 'apis') return delegate(w, req);
    const { group } = discoveryFor(await lister.list(), { group: parts[1]!, version: '' });
    if (!group) return delegate(w, req);
    write(w, req, { kind: 'APIGroup', apiVersion: 'v1', ...group });
  };
}
