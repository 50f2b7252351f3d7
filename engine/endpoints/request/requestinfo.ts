// Go twin: k8s.io/apiserver/pkg/endpoints/request/requestinfo.go (RequestInfo, RequestInfoFactory.NewRequestInfo,
// LongRunningRequestCheck) @ v1.34.0
import {
  parseSelector as parseFieldSelector,
  type Selector as FieldSelector,
} from '../../util/fields/selector';
import { parse as parseLabelSelector } from '../../util/labels/selector';
import { atoi } from '../../util/strconv/atoi';
import { isValidPathSegmentName } from '../../util/validation/path';
import type { Request } from '../../server/http';

/** RequestInfo holds what the apiserver learns from a request's method, path and query. */
export interface RequestInfo {
  /** whether the request is for an API resource or subresource */
  isResourceRequest: boolean;
  /** the URL path of the request */
  path: string;
  /** the kube verb (`get`, `list`, `watch`, `create`, …); for non-resource requests the lowercased HTTP method */
  verb: string;
  apiPrefix: string;
  apiGroup: string;
  apiVersion: string;
  namespace: string;
  /** the resource being requested, e.g. `pods` (not the kind) */
  resource: string;
  /** e.g. `status` in `/pods/foo/status` */
  subresource: string;
  /** empty for collection verbs, unless a `metadata.name=` field selector names one object */
  name: string;
  /** the path parts, always starting with `{resource}/{name}`; empty for non-resource requests */
  parts: string[];
  /** the unparsed `fieldSelector` of a list, watch or deletecollection (AuthorizeWithSelectors, on in 1.34) */
  fieldSelector?: string;
  /** the unparsed `labelSelector` of a list, watch or deletecollection */
  labelSelector?: string;
}

/** What NewRequestInfo reads from a request. */
export type RequestInfoInput = Pick<Request, 'method' | 'path' | 'query'>;

export interface RequestInfoResolver {
  /** Throws a RequestInfoError (which carries the info as far as it is known) for unparseable paths. */
  newRequestInfo(req: RequestInfoInput): RequestInfo;
}

/** LongRunningRequestCheck is a predicate which is true for long-running http requests (watch, exec, …). */
export type LongRunningRequestCheck = (req: Request, requestInfo: RequestInfo) => boolean;

/** Go returns (&requestInfo, err); here the partial info travels on the error. */
export class RequestInfoError extends Error {
  override readonly name = 'RequestInfoError';
  constructor(
    message: string,
    readonly info: RequestInfo,
  ) {
    super(message);
  }
}

/** specialVerbs: path prefixes that set the verb (`/api/v1/watch/pods`, `/api/v1/proxy/...`). */
const specialVerbs: ReadonlySet<string> = new Set(['proxy', 'watch']);
/** specialVerbsNoSubresources: root verbs which do not allow subresources */
const specialVerbsNoSubresources: ReadonlySet<string> = new Set(['proxy']);
/** namespaceSubresources: distinguishes `/namespaces/x/status` from a namespaced resource called `status` */
export const namespaceSubresources: ReadonlySet<string> = new Set(['status', 'finalize']);
/** verbsWithSelectors: verbs which support fieldSelector and labelSelector parameters */
const verbsWithSelectors: ReadonlySet<string> = new Set(['list', 'watch', 'deletecollection']);

/** RequestInfoFactory; the prefixes are stored without leading and trailing slashes. */
export class RequestInfoFactory implements RequestInfoResolver {
  constructor(
    readonly apiPrefixes: ReadonlySet<string> = new Set(['api', 'apis']),
    readonly grouplessAPIPrefixes: ReadonlySet<string> = new Set(['api']),
  ) {}

  /**
   * NewRequestInfo. Resource paths:
   *   /apis/{api-group}/{version}/namespaces, /api/{version}/namespaces/{namespace}/{resource}/{resourceName}, …
   * Special verbs: /api/{version}/proxy/{resource}/{resourceName}, /api/{version}/watch/namespaces/{namespace}/{resource}
   * Non-resource paths: /apis/{api-group}/{version}, /apis/{api-group}, /apis, /api/{version}, /api, /healthz, /
   */
  newRequestInfo(req: RequestInfoInput): RequestInfo {
    // start with a non-resource request until proven otherwise
    const info: RequestInfo = {
      isResourceRequest: false,
      path: req.path,
      verb: req.method.toLowerCase(),
      apiPrefix: '',
      apiGroup: '',
      apiVersion: '',
      namespace: '',
      resource: '',
      subresource: '',
      name: '',
      parts: [],
    };

    let parts = splitPath(req.path);
    if (parts.length < 3) return info;
    if (!this.apiPrefixes.has(parts[0]!)) return info;
    info.apiPrefix = parts[0]!;
    parts = parts.slice(1);

    if (!this.grouplessAPIPrefixes.has(info.apiPrefix)) {
      // one part (APIPrefix) has already been consumed, so this is actually "do we have four parts?"
      if (parts.length < 3) return info;
      info.apiGroup = parts[0]!;
      parts = parts.slice(1);
    }

    info.isResourceRequest = true;
    info.apiVersion = parts[0]!;
    parts = parts.slice(1);

    // handle input of form /{specialVerb}/*
    let verbViaPathPrefix = false;
    if (specialVerbs.has(parts[0]!)) {
      if (parts.length < 2) {
        throw new RequestInfoError(
          `unable to determine kind and namespace from url, ${urlString(req)}`,
          info,
        );
      }
      info.verb = parts[0]!;
      parts = parts.slice(1);
      verbViaPathPrefix = true;
    } else {
      info.verb = verbForMethod(req.method);
    }

    // URL forms: /namespaces/{namespace}/{kind}/*, where parts are adjusted to be relative to kind
    if (parts[0] === 'namespaces') {
      if (parts.length > 1) {
        info.namespace = parts[1]!;
        // if there is another step after the namespace name and it is not a known namespace subresource,
        // move parts to include it as a resource in its own right
        if (parts.length > 2 && !namespaceSubresources.has(parts[2]!)) parts = parts.slice(2);
      }
    } else {
      info.namespace = ''; // metav1.NamespaceNone
    }

    // parsing successful, so we now know the proper value for parts
    info.parts = parts;

    // parts look like: resource/resourceName/subresource/other/stuff/we/don't/interpret
    if (parts.length >= 3 && !specialVerbsNoSubresources.has(info.verb)) info.subresource = parts[2]!;
    if (parts.length >= 2) info.name = parts[1]!;
    if (parts.length >= 1) info.resource = parts[0]!;

    // if there's no name on the request and we thought it was a get before, then the actual verb is a list or a watch
    if (info.name === '' && info.verb === 'get') {
      const opts = decodeListOptions(req.query);
      info.verb = opts.watch ? 'watch' : 'list';
      const name = opts.fieldSelector?.requiresExactMatch('metadata.name');
      if (name !== undefined && isValidPathSegmentName(name).length === 0) info.name = name;
    }
    // if there's no name on the request and we thought it was a delete before, then the actual verb is deletecollection
    if (info.name === '' && info.verb === 'delete') info.verb = 'deletecollection';

    // Selector authorization is not supported for the deprecated verb-via-path mechanism.
    if (!verbViaPathPrefix && verbsWithSelectors.has(info.verb)) {
      const fs = req.query.getAll('fieldSelector');
      if (fs.length > 0) info.fieldSelector = fs[0]!;
      const ls = req.query.getAll('labelSelector');
      if (ls.length > 0) info.labelSelector = ls[0]!;
    }
    return info;
  }
}

function verbForMethod(method: string): string {
  switch (method) {
    case 'POST':
      return 'create';
    case 'GET':
    case 'HEAD':
      return 'get';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return 'delete';
    default:
      return '';
  }
}

/**
 * The part of metainternalversion.ListOptions that NewRequestInfo uses, decoded like ParameterCodec.DecodeParameters.
 * If any parameter fails to decode, Go resets the options (so no name is taken from the field selector) but still
 * honours a raw `watch` value.
 */
function decodeListOptions(q: URLSearchParams): { watch: boolean; fieldSelector?: FieldSelector } {
  const watch = sliceStringToBool(q.getAll('watch'));
  try {
    const ls = q.getAll('labelSelector');
    if (ls.length > 0) parseLabelSelector(ls[0]!);
    const fs = q.getAll('fieldSelector');
    const fieldSelector = fs.length > 0 ? parseFieldSelector(fs[0]!) : undefined;
    // int64 parameters: a value that is not a decimal integer makes the whole decode fail
    const limit = q.getAll('limit');
    if (limit.length > 0 && 'error' in atoi(limit[0]!)) throw new Error('limit');
    const timeoutSeconds = q.getAll('timeoutSeconds');
    if (timeoutSeconds.length > 0 && timeoutSeconds[0] !== '' && 'error' in atoi(timeoutSeconds[0]!)) {
      throw new Error('timeoutSeconds');
    }
    return { watch, fieldSelector };
  } catch {
    return { watch };
  }
}

/** runtime.Convert_Slice_string_To_bool: only absence, "0" and "false" (any case) are false; even "" is true. */
function sliceStringToBool(values: string[]): boolean {
  if (values.length === 0) return false;
  const v = values[0]!;
  return !(v === '0' || v.toLowerCase() === 'false');
}

/** splitPath returns the segments for a URL path. */
export function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

/** url.URL.String() of a server request: the path, then `?query` if there is one. */
function urlString(req: RequestInfoInput): string {
  const q = req.query.toString();
  return q ? `${req.path}?${q}` : req.path;
}
