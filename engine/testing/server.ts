// A whole server chain for tests, with helpers that read like a client (tldraw's TestEditor idea).
import { createServerChain, type ChainOptions, type ServerChain } from '../index';
import type { HTTPResponse } from '../controlplane/request';

export interface TestResponse extends HTTPResponse {
  /** the body parsed as JSON (undefined when it is not JSON) */
  json: Record<string, unknown> & { [k: string]: unknown };
}

export class TestServer {
  constructor(readonly server: ServerChain) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const res = await this.server.handle({
      method,
      path,
      headers: { ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(text !== undefined ? { body: text } : {}),
    });
    let json: TestResponse['json'];
    try {
      json = JSON.parse(res.body) as TestResponse['json'];
    } catch {
      json = undefined as unknown as TestResponse['json'];
    }
    return { ...res, json };
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, body, headers);
  put = (path: string, body: unknown, headers?: Record<string, string>) =>
    this.request('PUT', path, body, headers);
  delete = (path: string, body?: unknown) => this.request('DELETE', path, body);
  patch = (path: string, body: unknown, contentType: string) =>
    this.request('PATCH', path, body, { 'Content-Type': contentType });
}

export async function newTestServer(options: ChainOptions = {}): Promise<TestServer> {
  const t = new TestServer(createServerChain(options));
  await t.server.ready;
  return t;
}

export const pod = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
  ...extra,
});

export const deployment = (name: string) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
    },
  },
});
