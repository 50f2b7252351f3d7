// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/types.go (Status, DeleteOptions, WatchEvent, Patch, APIGroup,
// APIResourceList, APIVersions) and k8s.io/apimachinery/pkg/version/types.go (Info) @ v1.34.0
//
// The types the installer names in operations but which the engine never decodes through a struct
// descriptor; declared here only for the OpenAPI documents.
import { ListMetaDef, typeMetaFields } from '../apis/meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../runtime/gotype';

const meta = 'k8s.io/apimachinery/pkg/apis/meta/v1';
const s = (def: () => StructDef) => t.struct(def);

export const PreconditionsDef: StructDef = struct(meta, 'Preconditions', [
  opt('uid', t.ptr(t.string), { doc: 'Specifies the target UID.' }),
  opt('resourceVersion', t.ptr(t.string), { doc: 'Specifies the target ResourceVersion' }),
]);

export const DeleteOptionsDef: StructDef = struct(meta, 'DeleteOptions', [
  ...typeMetaFields(),
  opt('gracePeriodSeconds', t.ptr(t.int64), {
    doc: 'The duration in seconds before the object should be deleted.',
  }),
  opt('preconditions', t.ptr(s(() => PreconditionsDef)), {
    doc: 'Must be fulfilled before a deletion is carried out.',
  }),
  opt('orphanDependents', t.ptr(t.bool), { doc: 'Deprecated: please use the PropagationPolicy.' }),
  opt('propagationPolicy', t.ptr(t.string), {
    doc: "Whether and how garbage collection will be performed: 'Orphan', 'Background' or 'Foreground'.",
  }),
  opt('dryRun', t.slice(t.string), {
    doc: 'When present, indicates that modifications should not be persisted.',
  }),
  opt('ignoreStoreReadErrorWithClusterBreakingPotential', t.ptr(t.bool), {
    doc: 'if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.',
  }),
]);

export const StatusCauseDef: StructDef = struct(meta, 'StatusCause', [
  opt('reason', t.string),
  opt('message', t.string),
  opt('field', t.string),
]);

export const StatusDetailsDef: StructDef = struct(meta, 'StatusDetails', [
  opt('name', t.string),
  opt('group', t.string),
  opt('kind', t.string),
  opt('uid', t.string),
  opt('causes', t.slice(s(() => StatusCauseDef))),
  opt('retryAfterSeconds', t.int32),
]);

export const StatusDef: StructDef = struct(meta, 'Status', [
  ...typeMetaFields(),
  opt(
    'metadata',
    s(() => ListMetaDef),
    { doc: 'Standard list metadata.' },
  ),
  opt('status', t.string, { doc: 'Status of the operation. One of: "Success" or "Failure".' }),
  opt('message', t.string, { doc: 'A human-readable description of the status of this operation.' }),
  opt('reason', t.string, {
    doc: 'A machine-readable description of why this operation is in the "Failure" status.',
  }),
  opt('details', t.ptr(s(() => StatusDetailsDef))),
  opt('code', t.int32, { doc: 'Suggested HTTP return code for this status, 0 if not set.' }),
]);

export const WatchEventDef: StructDef = struct(meta, 'WatchEvent', [
  req('type', t.string),
  req('object', t.raw, { doc: 'Object is the object that changed.' }),
]);

export const GroupVersionForDiscoveryDef: StructDef = struct(meta, 'GroupVersionForDiscovery', [
  req('groupVersion', t.string),
  req('version', t.string),
]);

export const ServerAddressByClientCIDRDef: StructDef = struct(meta, 'ServerAddressByClientCIDR', [
  req('clientCIDR', t.string),
  req('serverAddress', t.string),
]);

export const APIGroupDef: StructDef = struct(meta, 'APIGroup', [
  ...typeMetaFields(),
  req('name', t.string, { doc: 'name is the name of the group.' }),
  req('versions', t.slice(s(() => GroupVersionForDiscoveryDef)), {
    doc: 'versions are the versions supported in this group.',
  }),
  opt(
    'preferredVersion',
    s(() => GroupVersionForDiscoveryDef),
  ),
  opt('serverAddressByClientCIDRs', t.slice(s(() => ServerAddressByClientCIDRDef))),
]);

export const APIGroupListDef: StructDef = struct(meta, 'APIGroupList', [
  ...typeMetaFields(),
  req('groups', t.slice(s(() => APIGroupDef)), { doc: 'groups is a list of APIGroup.' }),
]);

export const APIResourceDef: StructDef = struct(meta, 'APIResource', [
  req('name', t.string),
  req('singularName', t.string),
  req('namespaced', t.bool),
  opt('group', t.string),
  opt('version', t.string),
  req('kind', t.string),
  req('verbs', t.slice(t.string)),
  opt('shortNames', t.slice(t.string)),
  opt('categories', t.slice(t.string)),
  opt('storageVersionHash', t.string),
]);

export const APIResourceListDef: StructDef = struct(meta, 'APIResourceList', [
  ...typeMetaFields(),
  req('groupVersion', t.string),
  req('resources', t.slice(s(() => APIResourceDef))),
]);

export const APIVersionsDef: StructDef = struct(meta, 'APIVersions', [
  ...typeMetaFields(),
  req('versions', t.slice(t.string)),
  req('serverAddressByClientCIDRs', t.slice(s(() => ServerAddressByClientCIDRDef))),
]);

export const VersionInfoDef: StructDef = struct('k8s.io/apimachinery/pkg/version', 'Info', [
  ...[
    'major',
    'minor',
    'emulationMajor',
    'emulationMinor',
    'minCompatibilityMajor',
    'minCompatibilityMinor',
  ].map((f) => opt(f, t.string)),
  ...['gitVersion', 'gitCommit', 'gitTreeState', 'buildDate', 'goVersion', 'compiler', 'platform'].map((f) =>
    req(f, t.string),
  ),
]);

/** metav1.Patch has its own OpenAPIDefinition: any object. */
export const patchDefinition = {
  name: 'io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
  schema: {
    description: 'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.',
    type: 'object',
  },
};
