import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../http';
import { PathRecorderMux } from './pathrecorder';

function req(path: string): Request {
  return {
    method: 'GET',
    path,
    query: new URLSearchParams(),
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
}

const answer =
  (text: string): Handler =>
  async (w) => {
    w.write(text);
  };

async function serve(mux: PathRecorderMux, path: string) {
  const w = new RecordingResponseWriter();
  await mux.serveHTTP(w, req(path));
  return w;
}

describe('PathRecorderMux', () => {
  const mux = new PathRecorderMux('test');
  mux.handle('/apis', answer('apis'));
  mux.unlistedHandle('/apis/', answer('apis/'));
  mux.handlePrefix('/apis/apps/', answer('apps prefix'));
  mux.unlistedHandlePrefix('/apis/apps/v1/', answer('apps/v1 prefix'));
  mux.handlePrefix('/a/', answer('a'));
  mux.handlePrefix('/b/', answer('b'));
  mux.handlePrefix('/abcdef/', answer('abcdef'));
  mux.handle('/healthz', answer('ok'));

  it.each([
    ['/apis', 'apis'],
    ['/apis/', 'apis/'],
    ['/apis/apps', '404 page not found\n'],
    ['/apis/apps/', 'apps prefix'],
    ['/apis/apps/v1', 'apps prefix'],
    ['/apis/apps/v1/', 'apps/v1 prefix'],
    ['/apis/apps/v1/deployments', 'apps/v1 prefix'],
    ['/a/x', 'a'],
    ['/abcdef/x', 'abcdef'],
    ['/b/c/d', 'b'],
    ['/healthz', 'ok'],
    ['/healthz/ping', '404 page not found\n'],
  ])('%s → %s', async (path, body) => {
    expect((await serve(mux, path)).body).toBe(body);
  });

  it('answers unmatched paths with http.NotFound by default', async () => {
    const w = await serve(mux, '/nope');
    expect(w.status).toBe(404);
    expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w.header().get('X-Content-Type-Options')).toBe('nosniff');
    expect(w.body).toBe('404 page not found\n');
  });

  it('lists listed paths sorted and not the unlisted ones', () => {
    expect(mux.listedPaths()).toEqual(['/a/', '/abcdef/', '/apis', '/apis/apps/', '/b/', '/healthz']);
  });

  it('uses the configured not-found handler and forgets unregistered paths', async () => {
    const m = new PathRecorderMux('m');
    m.handle('/x', answer('x'));
    m.handlePrefix('/y/', answer('y'));
    m.notFoundHandler(answer('delegated'));
    expect((await serve(m, '/z')).body).toBe('delegated');
    m.unregister('/x');
    m.unregister('/y/');
    expect((await serve(m, '/x')).body).toBe('delegated');
    expect((await serve(m, '/y/1')).body).toBe('delegated');
    expect(m.listedPaths()).toEqual([]);
  });

  it('prefers the prefix with more slashes over a longer one', async () => {
    const m = new PathRecorderMux('m');
    m.handlePrefix('/aaaaaaaaaa/', answer('long'));
    m.handlePrefix('/aaaaaaaaaa/b/', answer('deep'));
    expect((await serve(m, '/aaaaaaaaaa/b/c')).body).toBe('deep');
    expect((await serve(m, '/aaaaaaaaaa/c')).body).toBe('long');
  });

  it('requires a trailing slash for prefixes', () => {
    expect(() => new PathRecorderMux('m').handlePrefix('/x', answer(''))).toThrow(
      '"/x" must end in a trailing slash',
    );
    expect(() => new PathRecorderMux('m').unlistedHandlePrefix('/x', answer(''))).toThrow(
      '"/x" must end in a trailing slash',
    );
  });

  it('lists a path registered twice twice, and serves the last handler', async () => {
    const m = new PathRecorderMux('m');
    m.handle('/x', answer('1'));
    m.handle('/x', answer('2'));
    expect(m.listedPaths()).toEqual(['/x', '/x']);
    expect((await serve(m, '/x')).body).toBe('2');
  });
});
