import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Request } from '../../server/http';
import { newNotFoundHandler } from './notfoundhandler';

function req(path: string, muxAndDiscoveryComplete?: boolean): Request {
  return {
    method: 'GET',
    path,
    query: new URLSearchParams(),
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '', ...(muxAndDiscoveryComplete === undefined ? {} : { muxAndDiscoveryComplete }) },
  };
}

describe('notfoundhandler', () => {
  it.each([true, undefined])(
    'answers plain-text 404 page not found once paths are installed (%s)',
    async (complete) => {
      const w = new RecordingResponseWriter();
      await newNotFoundHandler()(w, req('/apis/nosuch.example.com/v1/foos', complete));
      expect(w.status).toBe(404);
      expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
      expect(w.header().get('X-Content-Type-Options')).toBe('nosniff');
      expect(w.body).toBe('404 page not found\n');
    },
  );

  it('answers 503 with retryAfterSeconds 5 for a request made before all paths were installed', async () => {
    const w = new RecordingResponseWriter();
    await newNotFoundHandler()(w, req('/apis/apps/v1', false));
    expect(w.status).toBe(503);
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the request has been made before all known HTTP paths have been installed, please try again',
      reason: 'ServiceUnavailable',
      details: { retryAfterSeconds: 5 },
      code: 503,
    });
  });

  it('takes the completeness check as a parameter', async () => {
    const w = new RecordingResponseWriter();
    await newNotFoundHandler(() => false)(w, req('/x'));
    expect(w.status).toBe(503);
  });
});
