// Go twin: k8s.io/apiserver/pkg/endpoints/filters/audit.go (WithAudit, decorateResponseWriter) and authn_audit.go
// (WithFailedAuthenticationAudit), with the event shape of k8s.io/apiserver/pkg/apis/audit/v1 @ v1.34.0.
// Simplified: there is no policy file; every request is audited at level Metadata when a sink is configured.
import type { UserInfo } from '../request/context';
import type { LongRunningRequestCheck } from '../request/requestinfo';
import type { Handler, Header, HTTPRequestContext, Request, ResponseWriter } from '../../server/http';
import { copyJSON, setOwn } from '../../runtime/object';
import { requestURI } from '../handlers/responsewriters/errors';

export type AuditStage = 'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic';

/** authentication/v1 UserInfo as audit events print it */
export interface AuditUserInfo {
  username?: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

/** audit.k8s.io/v1 Event (Metadata level: no request or response bodies) */
export interface AuditEvent {
  kind: 'Event';
  apiVersion: 'audit.k8s.io/v1';
  level: 'Metadata';
  auditID: string;
  stage: AuditStage;
  requestURI: string;
  verb: string;
  user: AuditUserInfo;
  impersonatedUser?: AuditUserInfo;
  sourceIPs?: string[];
  userAgent?: string;
  objectRef?: {
    resource?: string;
    namespace?: string;
    name?: string;
    apiGroup?: string;
    apiVersion?: string;
    subresource?: string;
  };
  responseStatus?: {
    metadata: Record<string, never>;
    status?: string;
    message?: string;
    reason?: string;
    code?: number;
  };
  /** metav1.MicroTime, e.g. `2024-01-02T03:04:05.000000Z` */
  requestReceivedTimestamp: string;
  stageTimestamp: string;
  annotations?: Record<string, string>;
}

/** audit.Sink: receives a copy of the event at each stage. */
export interface AuditSink {
  processEvents(...events: AuditEvent[]): void;
}

/** The audit event of the request, kept in its context (audit.AuditContext). */
export interface AuditContext {
  auditEvent?: AuditEvent;
}

export function auditEventFrom(ctx: HTTPRequestContext): AuditEvent | undefined {
  return (ctx as HTTPRequestContext & AuditContext).auditEvent;
}

/** audit.AddAuditAnnotations(ctx, key1, value1, key2, value2, …); a no-op when the request is not audited. */
export function addAuditAnnotations(ctx: HTTPRequestContext, ...keysAndValues: string[]): void {
  const ev = auditEventFrom(ctx);
  if (!ev) return;
  const annotations = (ev.annotations ??= {});
  for (let i = 0; i + 1 < keysAndValues.length; i += 2)
    setOwn(annotations, keysAndValues[i]!, keysAndValues[i + 1]!);
}

/** audit.LogImpersonatedUser */
export function logImpersonatedUser(ctx: HTTPRequestContext, user: UserInfo): void {
  const ev = auditEventFrom(ctx);
  if (ev) ev.impersonatedUser = auditUser(user);
}

/** metav1.MicroTime's RFC 3339 form with six fractional digits. */
export function microTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

function auditUser(u: UserInfo): AuditUserInfo {
  const out: AuditUserInfo = { username: u.name };
  if (u.uid) out.uid = u.uid;
  if (u.groups.length > 0) out.groups = [...u.groups];
  if (u.extra && Object.keys(u.extra).length > 0) out.extra = copyJSON(u.extra) as Record<string, string[]>;
  return out;
}

/** audit.NewEventFromRequest at level Metadata. */
function newEventFromRequest(req: Request, now: Date): AuditEvent {
  const ctx = req.ctx;
  const info = ctx.requestInfo;
  const ev: AuditEvent = {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: ctx.auditID ?? '',
    stage: 'RequestReceived',
    requestURI: requestURI(req),
    verb: info?.verb ?? req.method.toLowerCase(),
    user: ctx.user ? auditUser(ctx.user) : {},
    sourceIPs: sourceIPs(req),
    requestReceivedTimestamp: microTime(ctx.receivedTimestamp ?? now),
    stageTimestamp: microTime(now),
  };
  if (req.userAgent) ev.userAgent = req.userAgent;
  if (info?.isResourceRequest) {
    const ref: NonNullable<AuditEvent['objectRef']> = {};
    if (info.resource) ref.resource = info.resource;
    if (info.namespace) ref.namespace = info.namespace;
    if (info.name) ref.name = info.name;
    if (info.apiGroup) ref.apiGroup = info.apiGroup;
    if (info.apiVersion) ref.apiVersion = info.apiVersion;
    if (info.subresource) ref.subresource = info.subresource;
    ev.objectRef = ref;
  }
  return ev;
}

/** utilnet.SourceIPs, simplified: X-Forwarded-For, then X-Real-Ip, then the remote address without its port. */
function sourceIPs(req: Request): string[] {
  const ips: string[] = [];
  for (const ip of req.header.get('X-Forwarded-For').split(',')) if (ip.trim()) ips.push(ip.trim());
  const real = req.header.get('X-Real-Ip').trim();
  if (real && !ips.includes(real)) ips.push(real);
  const remote = req.remoteAddr.replace(/^\[?([^\]]*?)\]?(:\d+)?$/, '$1');
  if (remote && !ips.includes(remote)) ips.push(remote);
  return ips;
}

function emit(sink: AuditSink, ev: AuditEvent, now: Date): void {
  ev.stageTimestamp = microTime(now);
  sink.processEvents(copyJSON(ev) as AuditEvent);
}

/** auditResponseWriter: records the status code when the response starts (and reports it for long-running requests). */
class AuditResponseWriter implements ResponseWriter {
  private started = false;
  constructor(
    private readonly w: ResponseWriter,
    private readonly ev: AuditEvent,
    private readonly sink: AuditSink | null,
    private readonly now: () => Date,
  ) {}
  get closed(): AbortSignal {
    return this.w.closed;
  }
  header(): Header {
    return this.w.header();
  }
  writeHeader(code: number): void {
    this.processCode(code);
    this.w.writeHeader(code);
  }
  write(chunk: string): void {
    this.processCode(200);
    this.w.write(chunk);
  }
  flush(): void {
    this.processCode(200);
    this.w.flush();
  }
  private processCode(code: number): void {
    if (this.started) return;
    this.started = true;
    this.ev.responseStatus ??= { metadata: {} };
    this.ev.responseStatus.code = code;
    this.ev.stage = 'ResponseStarted';
    if (this.sink) emit(this.sink, this.ev, this.now());
  }
}

/**
 * WithAudit records an audit event (RequestReceived, then ResponseStarted for long-running requests, then
 * ResponseComplete or Panic) into the sink. Without a sink it installs nothing.
 */
export function withAudit(
  handler: Handler,
  sink: AuditSink | null | undefined,
  longRunningCheck: LongRunningRequestCheck | null,
  now: () => Date,
): Handler {
  if (!sink) return handler;
  return async (w: ResponseWriter, req: Request) => {
    const ev = newEventFromRequest(req, now());
    (req.ctx as HTTPRequestContext & AuditContext).auditEvent = ev;
    ev.stage = 'RequestReceived';
    emit(sink, ev, now());

    const info = req.ctx.requestInfo;
    const longRunningSink = longRunningCheck && info && longRunningCheck(req, info) ? sink : null;
    const respWriter = new AuditResponseWriter(w, ev, longRunningSink, now);
    try {
      await handler(respWriter, req);
    } catch (e) {
      ev.stage = 'Panic';
      ev.responseStatus = {
        metadata: {},
        status: 'Failure',
        message: `APIServer panic'd: ${e instanceof Error ? e.message : String(e)}`,
        reason: 'InternalError',
        code: 500,
      };
      emit(sink, ev, now());
      throw e;
    }
    // if no ResponseStarted event was sent because neither a status code nor a body was sent, fake it here
    const fakedSuccessStatus = {
      metadata: {},
      status: 'Success',
      message: 'Connection closed early',
      code: 200,
    };
    if (!ev.responseStatus && longRunningSink) {
      ev.responseStatus = { ...fakedSuccessStatus };
      ev.stage = 'ResponseStarted';
      emit(longRunningSink, ev, now());
    }
    ev.stage = 'ResponseComplete';
    ev.responseStatus ??= { ...fakedSuccessStatus };
    emit(sink, ev, now());
  };
}

/** getAuthMethods: what credentials a failed request carried. */
function getAuthMethods(req: Request): string {
  const methods: string[] = [];
  const auth = req.header.get('Authorization').trim();
  const parts = auth.split(' ');
  if (parts.length > 1 && parts[0]!.toLowerCase() === 'basic') methods.push('basic');
  if (parts.length > 1 && parts[0]!.toLowerCase() === 'bearer') methods.push('bearer');
  if (req.query.get('access_token')?.trim()) methods.push('access_token');
  return methods.length > 0
    ? `Authentication failed, attempted: ${methods.join(', ')}`
    : 'Authentication failed, no credentials provided';
}

/** WithFailedAuthenticationAudit audits a request that failed authentication (stage ResponseStarted). */
export function withFailedAuthenticationAudit(
  failedHandler: Handler,
  sink: AuditSink | null | undefined,
  now: () => Date,
): Handler {
  if (!sink) return failedHandler;
  return async (w: ResponseWriter, req: Request) => {
    const ev = newEventFromRequest(req, now());
    (req.ctx as HTTPRequestContext & AuditContext).auditEvent = ev;
    ev.responseStatus = { metadata: {}, message: getAuthMethods(req) };
    ev.stage = 'ResponseStarted';
    await failedHandler(new AuditResponseWriter(w, ev, sink, now), req);
  };
}
