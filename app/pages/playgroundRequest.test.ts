import { describe, expect, it } from 'vitest';
import { createServerChain } from '../../engine';
import { statusMessage } from '../inspect/statusMessage';
import { toRequest } from './playgroundRequest';

const pod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

describe('playground requests', () => {
  it('sends POST/PUT bodies as YAML and GET/DELETE without a body', async () => {
    expect(await toRequest({ method: 'POST', path: ' /api/v1/namespaces/default/pods ', body: pod })).toEqual(
      {
        method: 'POST',
        path: '/api/v1/namespaces/default/pods',
        headers: { 'Content-Type': 'application/yaml' },
        body: pod,
      },
    );
    expect(
      await toRequest({ method: 'DELETE', path: '/api/v1/namespaces/default/pods/web', body: pod }),
    ).toEqual({
      method: 'DELETE',
      path: '/api/v1/namespaces/default/pods/web',
    });
  });

  it('turns a YAML patch into a JSON merge patch, read as YAML 1.1', async () => {
    const r = await toRequest({ method: 'PATCH', path: '/x', body: 'metadata:\n  labels:\n    on: yes\n' });
    expect(r.headers).toEqual({ 'Content-Type': 'application/merge-patch+json' });
    expect(JSON.parse(r.body!)).toEqual({ metadata: { labels: { true: true } } });
    await expect(toRequest({ method: 'PATCH', path: '/x', body: 'a: [' })).rejects.toThrow(/YAML/);
  });

  it('bad YAML reaches the server, which answers with its own 400 message', async () => {
    const server = createServerChain({});
    const req = await toRequest({
      method: 'POST',
      path: '/api/v1/namespaces/default/pods',
      body: 'metadata:\n  name: [\n',
    });
    const res = await server.handle(req);
    expect(res.status).toBe(400);
    expect(statusMessage(res.body)).toMatch(
      /^the object provided is unrecognized|error converting YAML to JSON/,
    );
  });
});
