import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import {
  contextCanceled,
  deadlineExceeded,
  deadlineFrom,
  parseDuration,
  parseTimeout,
  withRequestDeadline,
  type Timers,
} from './request_deadline';

function req(url: string): Request {
  const u = new URL(url, 'http://localhost');
  const r: Request = {
    method: 'GET',
    path: u.pathname,
    query: u.searchParams,
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}

class FakeTimers implements Timers {
  readonly pending = new Map<number, { fn: () => void; ms: number }>();
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    this.pending.set(this.next, { fn, ms });
    return this.next++;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    for (const [k, t] of [...this.pending]) {
      this.pending.delete(k);
      t.fn();
    }
  }
}

const isWatch = (_r: Request, info: { verb: string }) => info.verb === 'watch';
const now = () => new Date('2024-01-01T00:00:10Z');

describe('parseDuration', () => {
  it.each([
    ['0', 0n],
    ['-0', 0n],
    ['5s', 5_000_000_000n],
    ['30s', 30_000_000_000n],
    ['1478s', 1_478_000_000_000n],
    ['-5s', -5_000_000_000n],
    ['+5s', 5_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['2h45m', 9_900_000_000_000n],
    ['300ms', 300_000_000n],
    ['10us', 10_000n],
    ['10µs', 10_000n],
    ['.5s', 500_000_000n],
    ['1.s', 1_000_000_000n],
  ])('%s', (s, ns) => expect(parseDuration(s)).toBe(ns));

  it.each([
    ['', 'time: invalid duration ""'],
    ['-', 'time: invalid duration "-"'],
    ['abc', 'time: invalid duration "abc"'],
    ['.s', 'time: invalid duration ".s"'],
    ['10', 'time: missing unit in duration "10"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['3000000h', 'time: invalid duration "3000000h"'],
    ['1é', 'time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"'],
  ])('%j fails', (s, msg) => expect(() => parseDuration(s)).toThrow(msg));

  it('parseTimeout wraps the error', () => {
    expect(parseTimeout(req('/api/v1/pods?timeout=10s'))).toBe(10_000);
    expect(parseTimeout(req('/api/v1/pods'))).toBeUndefined();
    expect(() => parseTimeout(req('/api/v1/pods?timeout=x'))).toThrow(
      'invalid timeout specified in the request URL - time: invalid duration "x"',
    );
  });
});

describe('withRequestDeadline', () => {
  it('answers a malformed ?timeout= with a 400 Status', async () => {
    const w = new RecordingResponseWriter();
    await withRequestDeadline(
      async () => {},
      isWatch,
      60_000,
      new FakeTimers(),
      now,
    )(w, req('/api/v1/pods?timeout=1d'));
    expect(w.status).toBe(400);
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'invalid timeout specified in the request URL - time: unknown unit "d" in duration "1d"',
      reason: 'BadRequest',
      code: 400,
    });
  });

  it.each([
    ['/api/v1/pods', 60_000],
    ['/api/v1/pods?timeout=5s', 5_000],
    ['/api/v1/pods?timeout=0s', 60_000],
    ['/api/v1/pods?timeout=-5s', 60_000],
    ['/api/v1/pods?timeout=2m', 60_000],
  ])('%s gets a %d ms deadline from the received time', async (url, ms) => {
    const timers = new FakeTimers();
    const r = req(url);
    r.ctx.receivedTimestamp = new Date('2024-01-01T00:00:09Z'); // one second before now()
    let seen: { ms: number; deadline?: string } | undefined;
    const h: Handler = async (_w, inner) => {
      seen = { ms: [...timers.pending.values()][0]!.ms, deadline: deadlineFrom(inner.ctx)?.toISOString() };
    };
    await withRequestDeadline(h, isWatch, 60_000, timers, now)(new RecordingResponseWriter(), r);
    expect(seen).toEqual({
      ms: ms - 1000,
      deadline: new Date(Date.parse('2024-01-01T00:00:09Z') + ms).toISOString(),
    });
    expect(timers.pending.size).toBe(0);
    expect(r.ctx.signal?.reason).toBe(contextCanceled);
  });

  it('aborts the signal at the deadline and cancels it afterwards', async () => {
    const timers = new FakeTimers();
    const r = req('/api/v1/pods');
    const reasons: unknown[] = [];
    const h: Handler = async (_w, inner) => {
      inner.ctx.signal!.addEventListener('abort', () => reasons.push(inner.ctx.signal!.reason));
      timers.fireAll();
    };
    await withRequestDeadline(h, isWatch, 60_000, timers, now)(new RecordingResponseWriter(), r);
    expect(reasons).toEqual([deadlineExceeded]);

    let signal: AbortSignal | undefined;
    await withRequestDeadline(
      async (_w, inner) => {
        signal = inner.ctx.signal;
      },
      isWatch,
      60_000,
      timers,
      now,
    )(new RecordingResponseWriter(), req('/api/v1/pods'));
    expect(signal?.reason).toBe(contextCanceled);
  });

  it('follows the parent signal and skips long-running requests', async () => {
    const parent = new AbortController();
    const r = req('/api/v1/pods');
    r.ctx.signal = parent.signal;
    let aborted = false;
    await withRequestDeadline(
      async (_w, inner) => {
        parent.abort(new Error('client gone'));
        aborted = inner.ctx.signal!.aborted;
      },
      isWatch,
      60_000,
      new FakeTimers(),
      now,
    )(new RecordingResponseWriter(), r);
    expect(aborted).toBe(true);
    expect(r.ctx.signal?.reason).toEqual(new Error('client gone'));

    const timers = new FakeTimers();
    await withRequestDeadline(
      async () => {},
      isWatch,
      60_000,
      timers,
      now,
    )(new RecordingResponseWriter(), req('/api/v1/pods?watch=1&timeout=x'));
    expect(timers.pending.size).toBe(0);
  });

  it('needs a RequestInfo', async () => {
    const r = req('/api/v1/pods');
    delete r.ctx.requestInfo;
    const w = new RecordingResponseWriter();
    await withRequestDeadline(async () => {}, isWatch, 60_000, new FakeTimers(), now)(w, r);
    expect(w.status).toBe(500);
    expect(w.body).toBe(
      'Error - no RequestInfo found in context, handler chain must be wrong: "/api/v1/pods"\n',
    );
  });
});
