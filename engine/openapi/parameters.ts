// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/types.go (ListOptions, CreateOptions, UpdateOptions,
// PatchOptions, DeleteOptions doc comments) as k8s.io/apiserver/pkg/endpoints/installer.go
// (addObjectParams) turns them into query parameters @ v1.34.0
import type { Schema } from './definitions';

type Param = Schema & { name: string; in: 'query' | 'path' };

const query = (name: string, description: string, schema: Schema): Param => ({
  name,
  in: 'query',
  description,
  schema: { ...schema, uniqueItems: true },
});
const str = { type: 'string' };
const bool = { type: 'boolean' };
const int = { type: 'integer' };

const p = {
  allowWatchBookmarks: query(
    'allowWatchBookmarks',
    'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion.',
    bool,
  ),
  continue: query(
    'continue',
    'The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize.',
    str,
  ),
  dryRun: query(
    'dryRun',
    'When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed',
    str,
  ),
  fieldManager: query(
    'fieldManager',
    'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.',
    str,
  ),
  fieldSelector: query(
    'fieldSelector',
    'A selector to restrict the list of returned objects by their fields. Defaults to everything.',
    str,
  ),
  fieldValidation: query(
    'fieldValidation',
    'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.',
    str,
  ),
  force: query(
    'force',
    'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.',
    bool,
  ),
  gracePeriodSeconds: query(
    'gracePeriodSeconds',
    'The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.',
    int,
  ),
  ignoreStoreReadError: query(
    'ignoreStoreReadErrorWithClusterBreakingPotential',
    'if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it',
    bool,
  ),
  labelSelector: query(
    'labelSelector',
    'A selector to restrict the list of returned objects by their labels. Defaults to everything.',
    str,
  ),
  limit: query(
    'limit',
    'limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results.',
    int,
  ),
  orphanDependents: query(
    'orphanDependents',
    'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object\'s finalizers list. Either this field or PropagationPolicy may be set, but not both.',
    bool,
  ),
  propagationPolicy: query(
    'propagationPolicy',
    "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.",
    str,
  ),
  resourceVersion: query(
    'resourceVersion',
    'resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
    str,
  ),
  resourceVersionMatch: query(
    'resourceVersionMatch',
    'resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
    str,
  ),
  sendInitialEvents: query(
    'sendInitialEvents',
    '`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection.',
    bool,
  ),
  timeoutSeconds: query(
    'timeoutSeconds',
    'Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.',
    int,
  ),
  watch: query(
    'watch',
    'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.',
    bool,
  ),
};

/** The path-level `pretty` parameter every resource path has. */
export const prettyParam = query(
  'pretty',
  "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
  str,
);

/** A `{name}` / `{namespace}` / `{path}` path parameter, as the installer documents it. */
export function pathParam(name: string, kind: string): Param {
  const description =
    name === 'namespace'
      ? 'object name and auth scope, such as for teams and projects'
      : name === 'path'
        ? 'path to the resource'
        : `name of the ${kind}`;
  return { name, in: 'path', description, required: true, schema: { type: 'string', uniqueItems: true } };
}

const listParams = [
  p.allowWatchBookmarks,
  p.continue,
  p.fieldSelector,
  p.labelSelector,
  p.limit,
  p.resourceVersion,
  p.resourceVersionMatch,
  p.sendInitialEvents,
  p.timeoutSeconds,
  p.watch,
];

/** The query parameters of one installer action (LIST, POST, PATCH, …), sorted by name as Go sorts them. */
export function actionParameters(action: string): Param[] {
  switch (action) {
    case 'LIST':
    case 'WATCH':
    case 'WATCHLIST':
      return listParams;
    case 'POST':
    case 'PUT':
      return [p.dryRun, p.fieldManager, p.fieldValidation];
    case 'PATCH':
      return [p.dryRun, p.fieldManager, p.fieldValidation, p.force];
    case 'DELETE':
      return [
        p.dryRun,
        p.gracePeriodSeconds,
        p.ignoreStoreReadError,
        p.orphanDependents,
        p.propagationPolicy,
      ];
    case 'DELETECOLLECTION':
      return [
        p.continue,
        p.dryRun,
        p.fieldSelector,
        p.gracePeriodSeconds,
        p.ignoreStoreReadError,
        p.labelSelector,
        p.limit,
        p.orphanDependents,
        p.propagationPolicy,
        p.resourceVersion,
        p.resourceVersionMatch,
        p.sendInitialEvents,
        p.timeoutSeconds,
      ];
    default:
      return [];
  }
}
