// Go twin: k8s.io/apimachinery/pkg/runtime/schema/group_version.go @ v1.34.0

export interface GroupVersion {
  group: string;
  version: string;
}
export interface GroupVersionKind extends GroupVersion {
  kind: string;
}
export interface GroupVersionResource extends GroupVersion {
  resource: string;
}
export interface GroupResource {
  group: string;
  resource: string;
}
export interface GroupKind {
  group: string;
  kind: string;
}

/** runtime.APIVersionInternal: the hub every conversion passes through. */
export const APIVersionInternal = '__internal';

/** GroupVersion.String(): `v1` for the core group, `apps/v1` otherwise. */
export const gvString = (gv: GroupVersion) => (gv.group ? `${gv.group}/${gv.version}` : gv.version);

/** GroupVersionKind.String(): `apps/v1, Kind=Deployment` (core: `/v1, Kind=Pod`). */
export const gvkString = (gvk: GroupVersionKind) => `${gvk.group}/${gvk.version}, Kind=${gvk.kind}`;

export const gvkKey = (gvk: GroupVersionKind) => `${gvk.group}/${gvk.version}/${gvk.kind}`;

/** schema.ParseGroupVersion: `` → {}, `v1` → core, `apps/v1` → apps; more slashes is an error. */
export function parseGroupVersion(gv: string): GroupVersion {
  if (gv === '' || gv === '/') return { group: '', version: '' };
  const parts = gv.split('/');
  if (parts.length === 1) return { group: '', version: gv };
  if (parts.length === 2) return { group: parts[0]!, version: parts[1]! };
  throw new Error(`unexpected GroupVersion string: ${gv}`);
}

/** schema.FromAPIVersionAndKind, tolerant like Go: a bad apiVersion yields an empty group/version. */
export function fromAPIVersionAndKind(apiVersion: string, kind: string): GroupVersionKind {
  try {
    return { ...parseGroupVersion(apiVersion), kind };
  } catch {
    return { group: '', version: '', kind };
  }
}
