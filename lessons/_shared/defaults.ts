// The default content of every step in the catalog (engine/flow/steps.ts): a short note for learners and the
// lines of our Go excerpt where that work happens. Lessons override notes (lesson.en.md) and excerpts
// (steps.ts) where their story is better told otherwise.
import type { Lang, Localized, StepContent } from '../types';
import { defaultNotesZh } from './defaults.zh';
import { sharedExcerpts } from './excerpts';
import { resolveAnchor, type Anchor } from './lines';
import { startupEntries } from './startup_defaults';

export interface DefaultEntry {
  note: string;
  at: Anchor;
}

const at = (excerpt: string, from: string, to?: string): Anchor =>
  to === undefined ? { excerpt, from } : { excerpt, from, to };

const filters: Record<string, DefaultEntry> = {
  'filter.auditInit': {
    note: 'The outermost filter gives the request an **audit ID**, or keeps the one the client sent in `Audit-ID`, and echoes it in the `Audit-Id` response header, so that this request can be found in logs and in the audit log.',
    at: at('audit-init', 'auditID := r.Header.Get', 'audit.WithAuditID'),
  },
  'filter.panicRecovery': {
    note: 'A deferred `HandleCrash` will catch a panic anywhere deeper in the chain and turn it into a **500** for this one request, instead of crashing the whole API server.',
    at: at('panic-recovery', 'defer runtime.HandleCrash', 'handler.ServeHTTP(w, req)'),
  },
  'filter.muxAndDiscoveryComplete': {
    note: 'Has the server finished installing all its paths? Here it has, so nothing changes. During start-up the request would be tagged, so that an unknown path gets a **503, try again** rather than a misleading 404.',
    at: at(
      'mux-discovery-complete',
      'if muxAndDiscoveryCompleteSignal',
      'muxAndDiscoveryIncompleteKey, "MuxAndDiscoveryInstallationNotComplete"',
    ),
  },
  'filter.requestReceivedTimestamp': {
    note: 'The time the request arrived goes into its context. The request deadline and the audit events measure from this instant.',
    at: at('request-received-time', 'req = req.WithContext(request.WithReceivedTimestamp'),
  },
  'filter.requestInfo': {
    note: 'The URL is parsed once into a **RequestInfo**: the verb (`create`, `get`, `list`, `watch`, …), API group and version, namespace, resource and name. Every later filter, authorization first of all, decides from it.',
    at: at('requestinfo', 'parse the URL once', 'info, err := resolver.NewRequestInfo(req)'),
  },
  'filter.hsts': {
    note: 'Adds a `Strict-Transport-Security` header when the server was started with HSTS directives; without them this filter is not installed at all.',
    at: at('hsts', 'if len(hstsDirectives) == 0', 'w.Header().Set("Strict-Transport-Security"'),
  },
  'filter.cacheControl': {
    note: 'The answer is marked `Cache-Control: no-cache, private`: API responses depend on who asks and change all the time, so no proxy or browser may cache them.',
    at: at('cachecontrol', 'if _, ok := w.Header()["Cache-Control"]', 'w.Header().Set("Cache-Control"'),
  },
  'filter.waitGroup': {
    note: "The request is counted into the server's wait group, so that a graceful shutdown waits until it has been answered. Long-running requests such as watches are not counted.",
    at: at('waitgroup', 'if err := wg.Add(1)', 'defer wg.Done()'),
  },
  'filter.requestDeadline': {
    note: 'The request gets its **deadline**: `--request-timeout` (60 s) from the moment it arrived, or sooner if the client sent `?timeout=`. A malformed `?timeout=` ends the request here with a 400.',
    at: at('request-deadline', 'timeout := requestTimeoutMaximum', 'ctx, cancel := context.WithDeadline'),
  },
  'filter.timeout': {
    note: 'The rest of the chain now runs against that deadline. If the handler has not answered in time, the client gets **504** `request did not complete within the allotted timeout`.',
    at: at('timeout', 'select {', 'tw.timeout(err)'),
  },
  'filter.warningRecorder': {
    note: 'A warning recorder goes into the context. Anything deeper (decoding unknown fields, a strategy, a deprecated API version) may add a warning, which reaches the client as a `Warning:` header.',
    at: at(
      'warning',
      'recorder := &recorder{writer: w}',
      'req = req.WithContext(warning.WithWarningRecorder',
    ),
  },
  'filter.cors': {
    note: 'Answers cross-origin (CORS) checks when the server was started with `--cors-allowed-origins`; without that flag the filter is not installed.',
    at: at('cors', 'origin := req.Header.Get("Origin")', 'w.WriteHeader(http.StatusNoContent)'),
  },
  'filter.authentication': {
    note: "**Who is asking?** The authenticators (client certificates, bearer tokens, service-account tokens, OIDC, …) try the credentials in turn. On success the user, with its groups and `system:authenticated`, goes into the context and the `Authorization` header is dropped; if nobody recognises the credentials the answer is **401 Unauthorized**. (A scenario without a token table treats every request as `kubernetes-admin` in `system:masters`, like an admin kubeconfig; the step's details show the user.)",
    at: at(
      'authentication',
      'resp, ok, err := auth.AuthenticateRequest(req)',
      'req = req.WithContext(genericapirequest.WithUser',
    ),
  },
  'filter.audit': {
    note: 'The audit policy decides how much of this request to record, and the `RequestReceived` audit event is written. The response stages are recorded on the way back out.',
    at: at('audit', 'ac, err := evaluatePolicyAndCreateAuditEvent', 'processAuditEvent('),
  },
  'filter.impersonation': {
    note: 'Handles the `Impersonate-User` and `Impersonate-Group` headers (`kubectl --as`). Without them nothing happens. With them the real user needs the `impersonate` verb, and the rest of the chain sees the impersonated user.',
    at: at(
      'impersonation',
      'impersonationRequests, err := buildImpersonationRequests',
      'handler.ServeHTTP(w, req) // the usual case',
    ),
  },
  'filter.maxInFlight': {
    note: 'The request takes a seat: mutating verbs share `--max-mutating-requests-inflight` (200), reads `--max-requests-inflight` (400). When every seat is taken the answer is a plain-text **429**. (A real v1.34 server uses API Priority and Fairness here by default; max-in-flight is its simpler predecessor.)',
    at: at('maxinflight', 'c := nonMutatingChan', 'handler.ServeHTTP(w, r)'),
  },
  'filter.authorization': {
    note: "**May they do it?** The authorizers are asked in turn whether this user may perform this verb on this resource in this namespace: first the built-in `system:masters` check, then each `--authorization-mode` (Node, RBAC, webhooks, …). If one allows it the request goes on to the server; if none does, **403 Forbidden**. (A scenario that configures no mode runs with `AlwaysAllow`; the step's details show the decision and its reason.)",
    at: at(
      'authorization',
      'authorized, reason, err := a.Authorize(ctx, attributes)',
      'handler.ServeHTTP(w, req) // on to the director',
    ),
  },
};

const chain: Record<string, DefaultEntry> = {
  'chain.aggregator': {
    note: "The filters are done, and the outermost server's **director** picks a handler. That server is the **kube-aggregator**: it serves `/apis` and APIService objects itself, hands the paths of local APIServices (built-in groups, CRDs) to kube-apiserver, and sends any path it does not know to kube-apiserver as well.",
    at: at('aggregator-new', 'the generic server wires', 'genericServer, err := c.GenericConfig.New'),
  },
  'chain.kubeAPIServer': {
    note: "**kube-apiserver**'s director: if one of its installed API groups (`/api/v1`, `/apis/apps/v1`, …) claims the path, go-restful routes the request to that resource's handler; otherwise its plain mux hands it on to the next server. Its own filters do not run again.",
    at: at(
      'director',
      'for _, ws := range d.goRestfulContainer.RegisteredWebServices()',
      'd.nonGoRestfulMux.ServeHTTP(w, req)',
    ),
  },
  'chain.apiextensions': {
    note: '**apiextensions-apiserver** serves CustomResourceDefinitions and their custom resources. It looks for a CRD named `<resource>.<group>`; if there is none, the request goes on to the end of the chain.',
    at: at('crd-handler', 'crdName := requestInfo.Resource', 'r.delegate.ServeHTTP(w, req) // no'),
  },
  'chain.notFound': {
    note: "The end of the delegation chain: nobody serves this path. The answer is Go's plain-text `404 page not found`, not a JSON Status (or a 503 while the server is still starting).",
    at: at('not-found', 'nobody serves this path', 'http.NotFound(rw, req)'),
  },
};

const handler: Record<string, DefaultEntry> = {
  'crd.servingInfo': {
    note: "A custom resource has no handlers installed at start-up: `crdHandler` builds them on the CRD's first request, from the CRD itself, and caches them by the CRD's UID. Per version: the structural schema, the validator, the printer columns, a generic `Store` under `/registry/<group>/<plural>/`, and a `RequestScope` for the same handlers built-in resources use. The step's details show whether it was built now (`built: true`) or reused, and which handler (`serveResource`, `serveStatus`, `serveScale`) takes the request.",
    at: at('crd-serving-info', 'if ret, ok := r.customStorage.Load()', 'return ret, nil // the usual case'),
  },
  'storage.watch': {
    note: 'With `?watch=true` the same GET starts a **watch** instead of a list: `Store.Watch` asks storage for every change after the given `resourceVersion` (from `0` or nothing: the current state first, as ADDED events). A watch ends only after `timeoutSeconds`, or when the client leaves.',
    at: at('list-resource-watch', 'watcher, err := rw.Watch(ctx, &opts)', 'handler.ServeHTTP(w, req)'),
  },
  'watch.event': {
    note: 'One **watch event** goes out as its own frame: `{"type": …, "object": …}`, the object in the version of the URL. The status line (200) went out before any event was known, so a failure found later, such as a compacted revision, can only travel as an event of type **ERROR**.',
    at: at('watch-server', 'case event, ok := <-ch:', 'flusher.Flush()'),
  },
  'storage.decode': {
    note: 'The registry reads the object from storage: etcd keeps the bytes in the **storage version** (v1 for Pods, apps/v1 for Deployments); reading decodes them, **defaults** fields that are missing and converts to the **internal** version. A GET continues from here; an update reads the current object this way inside `GuaranteedUpdate`, and compares its resourceVersion with the one the client sent.',
    at: at('store-get', 'if err := e.Storage.Get', 'storeerr.InterpretGetError'),
  },
  'handler.negotiate': {
    note: 'The resource handler first agrees on the **response format** from the `Accept` header (JSON here). If the server can produce nothing acceptable, it stops with **406**.',
    at: at(
      'negotiate',
      'mediaType, ok := NegotiateMediaTypeOptions',
      'return mediaType, runtime.SerializerInfo{}',
    ),
  },
  'handler.readBody': {
    note: 'The request body is read, at most `--max-request-body-bytes` (3 MiB); a larger body is refused with **413**.',
    at: at('read-body', 'lr := &io.LimitedReader', 'NewRequestEntityTooLargeError'),
  },
  'scheme.decode': {
    note: 'The bytes become a **versioned Go object** (here `v1.Pod`): `apiVersion` and `kind` choose the type, then the fields are unmarshalled. Unknown fields become warnings, or a 400 with `fieldValidation=Strict`.',
    at: at('json-decode', 'obj, err := runtime.UseOrCreateObject', 'runtime.NewStrictDecodingError'),
  },
  'scheme.default': {
    note: '**Defaulting** fills in the fields the client left out, on the versioned object: for a Pod, `restartPolicy`, `dnsPolicy`, `schedulerName` and, per container, `imagePullPolicy` and `terminationMessagePath`.',
    at: at('scheme-default', 'func (s *Scheme) Default', 'fn(src)'),
  },
  'scheme.convertToInternal': {
    note: 'The defaulted object is converted to the **internal version** (`__internal`, e.g. `core.Pod`): the one form that admission, strategies and validation work on, whatever version the client sent.',
    at: at('scheme-convert', 'typed to typed', 'return s.converter.Convert'),
  },
  'admission.mutating': {
    note: "**Mutating admission**: the enabled plugins run in their fixed order, and each may change the object or reject the request. In a real cluster ServiceAccount, Priority, DefaultTolerationSeconds and mutating webhooks act here; the step's details show each plugin's JSON patch. A scenario that enables no plugins (most lessons, so that objects stay as the strategy leaves them) passes the object through unchanged.",
    at: at('admission-admit', 'for _, handler := range admissionHandler', 'return err // the first'),
  },
  'registry.prepareForCreate': {
    note: "The generic `Store` has set `uid` and `creationTimestamp`. Now `rest.BeforeCreate` calls the resource's strategy: `PrepareForCreate` clears what clients may not set (such as `status`) and sets server-owned fields such as `generation: 1`.",
    at: at('before-create', '1. normalise', 'strategy.PrepareForCreate(ctx, obj)'),
  },
  'registry.validate': {
    note: "The strategy's `Validate` checks the type's own rules, then the common `metadata` rules. Any error ends the request with **422 Invalid**, listing every offending field in `details.causes`.",
    at: at('before-create', '2. validate', 'ValidateObjectMetaAccessor'),
  },
  'registry.canonicalize': {
    note: '`Canonicalize` puts the object into its canonical form; for most types there is nothing to do. The object is now what will be stored, unless validating admission objects.',
    at: at('before-create', '3. put the object', 'strategy.Canonicalize(obj)'),
  },
  'admission.validating': {
    note: "**Validating admission** sees the final object (a copy), after every mutation and the strategy's own validation, and may only accept or reject it: quota, Pod Security, validating webhooks and policies run here. A scenario that enables no plugins accepts everything at this step.",
    at: at('admission-validate', 'for _, handler := range admissionHandler', 'return nil'),
  },
  'storage.encode': {
    note: "The storage layer clears `resourceVersion`, which is never stored (etcd's revision takes its place), and encodes the object in its **storage version**: `v1` JSON here, protobuf in a real cluster.",
    at: at(
      'etcd3-create',
      'a new object may not carry a resourceVersion',
      'data, err := runtime.Encode(s.codec, obj)',
    ),
  },
  'etcd.txn': {
    note: "One **etcd transaction** writes the key only if it does not exist yet (`mod_revision == 0`). etcd's revision counter moves on by one, and that revision becomes the object's `resourceVersion`. Had the key existed, the answer would be **409 AlreadyExists**.",
    at: at('etcd3-create', 'one etcd transaction', 'return storage.NewKeyExistsError'),
  },
  'registry.storage': {
    note: 'Storage has answered: the generic `Store` gets the object back as written, decoded from the stored bytes, with its new `resourceVersion`.',
    at: at('store-create', 'e.Storage is a DryRunnableStorage', 'return nil, rest.CheckGeneratedNameError'),
  },
  'scheme.convertToExternal': {
    note: "For the response, the internal object is converted back to the version in the request's URL (`v1` here).",
    at: at('scheme-convert-to-version', 'out, err := s.New(gvk)', 'setTargetKind(out, gvk)'),
  },
  'response.encode': {
    note: 'The response object is encoded in the negotiated media type.',
    at: at('serialize-object', 'err := encoder.Encode(object, w)', 'err = w.Close()'),
  },
  'response.write': {
    note: 'The status line, the headers (`Content-Type`, plus `Audit-Id` and `Cache-Control` from the filters) and the body are written.',
    at: at(
      'write-object-negotiated',
      'encoder := s.EncoderForVersion',
      'SerializeObject(serializer.MediaType',
    ),
  },
};

/** registry.storage per HTTP method: the Store method that did the work. */
const storageByMethod: Record<string, DefaultEntry> = {
  GET: {
    note: 'The generic `Store` read the key from storage; the stored bytes were decoded, defaulted and converted to the internal version.',
    at: at('store-get', 'if err := e.Storage.Get', 'storeerr.InterpretGetError'),
  },
  PUT: {
    note: 'The generic `Store` did a read-modify-write (`GuaranteedUpdate`): compare the `resourceVersion`, run the update strategy and validating admission, then write only if the key has not changed meanwhile.',
    at: at('store-update', 'err = e.Storage.GuaranteedUpdate', '}, dryrun.IsDryRun(options.DryRun), nil)'),
  },
  DELETE: {
    note: 'The generic `Store` either deleted the key or, for a graceful delete or pending finalizers, only set `deletionTimestamp`.',
    at: at('store-delete', 'graceful, pendingGraceful, err := rest.BeforeDelete', 'return out, false, err'),
  },
};
storageByMethod['PATCH'] = storageByMethod['PUT']!;

const exitNotes: Record<number, [string, Anchor]> = {
  200: [
    '**200 OK**: the answer goes back out through the filters (the audit filter records `ResponseComplete`).',
    at('write-object-negotiated', 'SerializeObject(serializer.MediaType'),
  ],
  201: [
    '**201 Created**: the object is in etcd, and the response carries it as stored, with `uid`, `creationTimestamp` and `resourceVersion`.',
    at('write-object-negotiated', 'SerializeObject(serializer.MediaType'),
  ],
  202: [
    '**202 Accepted**: the request was accepted, but its effect is not complete yet.',
    at('write-object-negotiated', 'SerializeObject(serializer.MediaType'),
  ],
  400: [
    '**400 Bad Request**: the request itself is malformed (an undecodable body, a mismatched namespace or `apiVersion`, a bad query parameter).',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  401: [
    '**401 Unauthorized**: no authenticator recognised the credentials.',
    at('authentication', 'if err != nil || !ok', 'failed.ServeHTTP(w, req)'),
  ],
  403: [
    '**403 Forbidden**: the user is known, but not allowed to do this.',
    at('authorization', 'nobody said yes', 'responsewriters.Forbidden'),
  ],
  404: [
    '**404 Not Found**: the object does not exist. The Status names the resource and the name.',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  405: [
    '**405 Method Not Allowed**: the path exists, but not for this HTTP method.',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  406: [
    '**406 Not Acceptable**: the server cannot answer in any media type the `Accept` header allows.',
    at('negotiate', 'if !ok {', 'NewNotAcceptableError'),
  ],
  409: [
    '**409 Conflict**: the object already exists (create), or the update was based on a stale `resourceVersion`.',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  410: [
    '**410 Gone**: the `resourceVersion` asked for is older than etcd still remembers (compacted).',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  413: [
    '**413 Request Entity Too Large**: the body is larger than `--max-request-body-bytes`.',
    at('read-body', 'if lr.N <= 0', 'NewRequestEntityTooLargeError'),
  ],
  415: [
    "**415 Unsupported Media Type**: the body's `Content-Type` cannot be decoded (or the patch type is unknown).",
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  422: [
    '**422 Unprocessable Entity** (reason `Invalid`): validation failed, and `details.causes` lists every offending field.',
    at('before-create', 'if errs := strategy.Validate(ctx, obj)', 'return errors.NewInvalid'),
  ],
  429: [
    '**429 Too Many Requests**: every in-flight seat is taken; the client should retry after the `Retry-After` delay.',
    at('maxinflight', 'default:', 'tooManyRequests(r, w)'),
  ],
  500: [
    "**500 Internal Server Error**: something failed that is not the client's fault.",
    at('error-to-api-status', 'any other error is a 500', 'return &metav1.Status'),
  ],
  503: [
    '**503 Service Unavailable**: the server (or the aggregated API behind it) cannot serve this right now; retry later.',
    at('error-to-api-status', 'the usual case', 'status := t.Status()'),
  ],
  504: [
    '**504 Gateway Timeout**: the request did not finish before its deadline.',
    at('timeout', 'case <-r.Context().Done()', 'tw.timeout(err)'),
  ],
};

const exits: Record<string, DefaultEntry> = Object.fromEntries(
  Object.entries(exitNotes).map(([code, [note, anchor]]) => [`exit.${code}`, { note, at: anchor }]),
);

/** Default content by step id: every id of the catalog has one (the lesson tests check it). */
export const defaultEntries: Readonly<Record<string, DefaultEntry>> = {
  ...filters,
  ...chain,
  ...handler,
  ...exits,
  ...startupEntries,
};

export const sharedExcerptById: ReadonlyMap<string, (typeof sharedExcerpts)[number]> = new Map(
  sharedExcerpts.map((e) => [e.id, e]),
);

/** The default entry for a step of a request with this HTTP method, or undefined for an unknown step id. */
export function defaultEntry(stepId: string, method?: string): DefaultEntry | undefined {
  const byMethod =
    stepId === 'registry.storage' && method ? storageByMethod[method.toUpperCase()] : undefined;
  return byMethod ?? defaultEntries[stepId];
}

/** How a default note is named in allDefaultEntries and in the translations (`registry.storage (POST)`). */
export function defaultNoteKey(stepId: string, method?: string): string {
  const m = method?.toUpperCase();
  return stepId === 'registry.storage' && m && m in storageByMethod ? `${stepId} (${m})` : stepId;
}

/** Translations of the default notes, keyed by defaultNoteKey; the i18n test checks that none is missing. */
const translatedNotes: Partial<Record<Lang, Readonly<Record<string, string>>>> = { zh: defaultNotesZh };

/** The default note of a step in a language, or undefined for an unknown step id or a missing translation. */
export function defaultNote(stepId: string, method: string | undefined, lang: Lang): string | undefined {
  if (lang === 'en') return defaultEntry(stepId, method)?.note;
  return translatedNotes[lang]?.[defaultNoteKey(stepId, method)];
}

/** The default StepContent of a step (every language there is), or undefined for an unknown step id. */
export function defaultStepContent(stepId: string, method?: string): StepContent | undefined {
  const entry = defaultEntry(stepId, method);
  if (!entry) return undefined;
  const note: Localized = { en: entry.note };
  for (const lang of Object.keys(translatedNotes) as Lang[]) {
    const text = defaultNote(stepId, method, lang);
    if (text) note[lang] = text;
  }
  return {
    note,
    excerpt: entry.at.excerpt,
    lines: resolveAnchor(entry.at, sharedExcerptById),
  };
}

/** Every default entry, method variants included, for tests. */
export const allDefaultEntries = (): [string, DefaultEntry][] => [
  ...Object.entries(defaultEntries),
  ...Object.entries(storageByMethod).map(([m, e]): [string, DefaultEntry] => [
    defaultNoteKey('registry.storage', m),
    e,
  ]),
];
