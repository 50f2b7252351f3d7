import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import {
  addAuditAnnotations,
  microTime,
  withAudit,
  withFailedAuthenticationAudit,
  type AuditEvent,
} from './audit';

function req(url: string, headers: Record<string, string> = {}): Request {
  const u = new URL(url, 'http://localhost');
  const r: Request = {
    method: 'GET',
    path: u.pathname,
    query: u.searchParams,
    header: new Header(headers),
    body: '',
    contentLength: 0,
    remoteAddr: '10.0.0.7:51234',
    userAgent: 'kubectl/v1.34.0',
    ctx: { namespace: '', auditID: 'id-1', user: { name: 'jane', groups: ['devs'] } },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  r.ctx.receivedTimestamp = new Date('2024-01-01T00:00:00Z');
  return r;
}

const now = () => new Date('2024-01-01T00:00:01.5Z');
const isWatch = (_r: Request, i: { verb: string }) => i.verb === 'watch';

function sink() {
  const events: AuditEvent[] = [];
  return { events, processEvents: (...evs: AuditEvent[]) => events.push(...evs) };
}

describe('withAudit', () => {
  it('records RequestReceived and ResponseComplete at level Metadata', async () => {
    const s = sink();
    await withAudit(
      async (w, r) => {
        addAuditAnnotations(r.ctx, 'authorization.k8s.io/decision', 'allow');
        w.writeHeader(201);
      },
      s,
      isWatch,
      now,
    )(new RecordingResponseWriter(), req('/api/v1/namespaces/default/pods/web'));
    expect(s.events.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseComplete']);
    expect(s.events[1]).toEqual({
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      level: 'Metadata',
      auditID: 'id-1',
      stage: 'ResponseComplete',
      requestURI: '/api/v1/namespaces/default/pods/web',
      verb: 'get',
      user: { username: 'jane', groups: ['devs'] },
      sourceIPs: ['10.0.0.7'],
      userAgent: 'kubectl/v1.34.0',
      objectRef: { resource: 'pods', namespace: 'default', name: 'web', apiVersion: 'v1' },
      responseStatus: { metadata: {}, code: 201 },
      requestReceivedTimestamp: '2024-01-01T00:00:00.000000Z',
      stageTimestamp: '2024-01-01T00:00:01.500000Z',
      annotations: { 'authorization.k8s.io/decision': 'allow' },
    });
  });

  it('adds ResponseStarted for long-running requests and Panic for exceptions', async () => {
    const s = sink();
    await withAudit(
      async (w) => w.write('{}'),
      s,
      isWatch,
      now,
    )(new RecordingResponseWriter(), req('/api/v1/pods?watch=1'));
    expect(s.events.map((e) => e.stage)).toEqual(['RequestReceived', 'ResponseStarted', 'ResponseComplete']);

    const p = sink();
    const h = withAudit(async () => Promise.reject(new Error('boom')), p, isWatch, now);
    await expect(h(new RecordingResponseWriter(), req('/api/v1/pods'))).rejects.toThrow('boom');
    expect(p.events[1]).toMatchObject({
      stage: 'Panic',
      responseStatus: {
        status: 'Failure',
        reason: 'InternalError',
        message: "APIServer panic'd: boom",
        code: 500,
      },
    });
  });

  it('fakes a success status when nothing was written, and installs nothing without a sink', async () => {
    const s = sink();
    await withAudit(async () => {}, s, isWatch, now)(new RecordingResponseWriter(), req('/api/v1/pods'));
    expect(s.events[1]!.responseStatus).toEqual({
      metadata: {},
      status: 'Success',
      message: 'Connection closed early',
      code: 200,
    });
    const h = async () => {};
    expect(withAudit(h, null, isWatch, now)).toBe(h);
  });

  it('audits failed authentication with the attempted methods', async () => {
    const s = sink();
    const r = req('/api/v1/pods', { Authorization: 'Bearer x' });
    delete r.ctx.user;
    await withFailedAuthenticationAudit(
      async (w) => w.writeHeader(401),
      s,
      now,
    )(new RecordingResponseWriter(), r);
    expect(s.events).toHaveLength(1);
    expect(s.events[0]).toMatchObject({
      stage: 'ResponseStarted',
      user: {},
      responseStatus: { metadata: {}, message: 'Authentication failed, attempted: bearer', code: 401 },
    });
  });

  it('formats MicroTime', () =>
    expect(microTime(new Date('2024-02-03T04:05:06.789Z'))).toBe('2024-02-03T04:05:06.789000Z'));
});
