import { describe, expect, it } from 'vitest';
import { studentCRD } from '../../apiextensions/apis/apiextensions/testing';
import { createServerChain } from '../../controlplane/server';
import { minimalProtobufDocument } from './openapi';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function get(
  server: ReturnType<typeof createServerChain>,
  path: string,
  headers: Record<string, string> = {},
) {
  return server.handle({ method: 'GET', path, headers });
}

async function discovery(server: ReturnType<typeof createServerChain>): Promise<Record<string, string>> {
  const res = await get(server, '/openapi/v3');
  expect(res.status).toBe(200);
  const paths = (JSON.parse(res.body) as { paths: Record<string, { serverRelativeURL: string }> }).paths;
  return Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, v.serverRelativeURL]));
}

describe('/openapi/v3', () => {
  it('lists every served group-version with a hash-qualified URL', async () => {
    const server = createServerChain();
    const paths = await discovery(server);
    for (const gv of [
      'api/v1',
      'apis/apps/v1',
      'apis/rbac.authorization.k8s.io/v1',
      'apis/apiextensions.k8s.io/v1',
      'apis/apiregistration.k8s.io/v1',
      'version',
    ])
      expect(paths[gv], gv).toMatch(
        new RegExp(`^/openapi/v3/${gv.replace(/\./g, '\\.')}\\?hash=[0-9A-F]{128}$`),
      );
  });

  it('adds a CRD group-version and changes no other hash', async () => {
    const server = createServerChain();
    const before = await discovery(server);
    const created = await server.handle({
      method: 'POST',
      path: '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(studentCRD()),
    });
    expect(created.status).toBe(201);
    const after = await discovery(server);
    expect(before['apis/duyanghao.example.com/v1']).toBeUndefined();
    expect(after['apis/duyanghao.example.com/v1']).toMatch(/hash=/);
    expect(after['api/v1']).toBe(before['api/v1']);

    const doc = JSON.parse((await get(server, after['apis/duyanghao.example.com/v1']!)).body) as Doc;
    const student = doc.components.schemas['com.example.duyanghao.v1.Student'];
    expect(student['x-kubernetes-group-version-kind']).toEqual([
      { group: 'duyanghao.example.com', kind: 'Student', version: 'v1' },
    ]);
    expect(student.properties.spec).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, school: { type: 'string' } },
    });
    const post = doc.paths['/apis/duyanghao.example.com/v1/namespaces/{namespace}/students'].post;
    expect(post.operationId).toBe('createDuyanghaoExampleComV1NamespacedStudent');
    const patch = doc.paths['/apis/duyanghao.example.com/v1/namespaces/{namespace}/students/{name}'].patch;
    expect(patch.parameters.map((p: Doc) => p.name)).toContain('fieldValidation');
  });

  it('documents the Pod schema and its operations in api/v1', async () => {
    const server = createServerChain();
    const res = await get(server, '/openapi/v3/api/v1');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/json');
    const doc = JSON.parse(res.body) as Doc;
    expect(doc.openapi).toBe('3.0.0');
    const pod = doc.components.schemas['io.k8s.api.core.v1.Pod'];
    expect(pod['x-kubernetes-group-version-kind']).toEqual([{ group: '', kind: 'Pod', version: 'v1' }]);
    expect(pod.properties.metadata.allOf).toEqual([
      { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
    ]);
    const containers = doc.components.schemas['io.k8s.api.core.v1.PodSpec'].properties.containers;
    expect(containers['x-kubernetes-patch-merge-key']).toBe('name');
    expect(containers['x-kubernetes-patch-strategy']).toBe('merge');
    expect(containers.items).toEqual({ $ref: '#/components/schemas/io.k8s.api.core.v1.Container' });
    expect(doc.components.schemas['io.k8s.api.core.v1.Container'].required).toEqual(['name']);

    const pods = doc.paths['/api/v1/namespaces/{namespace}/pods'];
    expect(pods.post.operationId).toBe('createCoreV1NamespacedPod');
    expect(pods.post['x-kubernetes-action']).toBe('post');
    expect(pods.post['x-kubernetes-group-version-kind']).toEqual({ group: '', kind: 'Pod', version: 'v1' });
    expect(pods.post.parameters.map((p: Doc) => `${p.in}:${p.name}`)).toEqual([
      'query:dryRun',
      'query:fieldManager',
      'query:fieldValidation',
    ]);
    expect(pods.post.requestBody.content['*/*'].schema).toEqual({
      $ref: '#/components/schemas/io.k8s.api.core.v1.Pod',
    });
    expect(pods.parameters.map((p: Doc) => p.name)).toEqual(['namespace', 'pretty']);
    expect(pods.get.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/io.k8s.api.core.v1.PodList',
    );
    const item = doc.paths['/api/v1/namespaces/{namespace}/pods/{name}'];
    expect(item.patch.requestBody.content).toHaveProperty('application/strategic-merge-patch+json');
    expect(item.patch.parameters.map((p: Doc) => p.name)).toContain('fieldValidation');
  });

  it('serves ETag and 304, redirects a stale hash, and 404s an unknown group-version', async () => {
    const server = createServerChain();
    const url = (await discovery(server))['apis/apps/v1']!;
    const hash = url.split('hash=')[1]!;
    const res = await get(server, url);
    expect(res.status).toBe(200);
    expect(res.headers['Etag']).toBe(`"${hash}"`);
    expect(res.headers['Cache-Control']).toBe('public, immutable');
    expect(res.headers['Expires']).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} UTC$/,
    );

    const cached = await get(server, url, { 'If-None-Match': `"${hash}"` });
    expect(cached.status).toBe(304);
    expect(cached.body).toBe('');

    const stale = await get(server, '/openapi/v3/apis/apps/v1?hash=0123');
    expect(stale.status).toBe(301);
    expect(stale.headers['Location']).toBe(url);
    expect(stale.body).toBe('');

    const missing = await get(server, '/openapi/v3/apis/nope.example.com/v1');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });
});

describe('/openapi/v2', () => {
  it('serves Swagger 2.0 JSON, and a minimal protobuf document to protobuf clients', async () => {
    const server = createServerChain();
    const res = await get(server, '/openapi/v2', { Accept: 'application/json' });
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.body) as Doc;
    expect(doc.swagger).toBe('2.0');
    expect(doc.definitions['io.k8s.api.apps.v1.Deployment']).toBeDefined();
    const post = doc.paths['/api/v1/namespaces/{namespace}/pods'].post;
    expect(post.parameters[0]).toEqual({
      name: 'body',
      in: 'body',
      required: true,
      schema: { $ref: '#/definitions/io.k8s.api.core.v1.Pod' },
    });

    const pb = await get(server, '/openapi/v2', {
      Accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf',
    });
    expect(pb.status).toBe(200);
    expect(pb.headers['Content-Type']).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    expect(pb.body).toBe(minimalProtobufDocument);

    const none = await get(server, '/openapi/v2', { Accept: 'text/html' });
    expect(none.status).toBe(406);
  });
});
