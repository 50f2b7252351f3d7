// Hostile CRDs and custom resources through the API: each is refused (or served) quickly with a clear error,
// and none of them hangs the engine or leaves anything behind.
import { describe, expect, it } from 'vitest';
import { createServerChain } from '../index';

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
const crdPath = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';

const crd = (schema: unknown, name = 'widgets') => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${name}.hostile.example.com` },
  spec: {
    group: 'hostile.example.com',
    scope: 'Namespaced',
    names: { plural: name, kind: name[0]!.toUpperCase() + name.slice(1, -1) },
    versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: schema } }],
  },
});

/** `body` as text: deep objects are written as text, since JSON.stringify itself cannot nest that deep */
async function post(body: object | string) {
  const s = createServerChain();
  await s.ready;
  const before = s.etcdDump();
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const r = await s.handle({ method: 'POST', path: crdPath, headers: json, body: text });
  return { s, r, before };
}

/** `open` n times, then `inner`, then n closing braces: deep JSON as text */
const nest = (n: number, open: string, inner: string) => open.repeat(n) + inner + '}'.repeat(n);

describe('hostile CRD schemas', () => {
  it(
    'a schema nested 5,000 levels deep: 400 naming the depth limit, nothing stored',
    { timeout: 30_000 },
    async () => {
      const schema = nest(
        5_000,
        '{"type":"object","properties":{"x":',
        '{"type":"string"' + '}'.repeat(5_001),
      );
      const { s, r, before } = await post(JSON.stringify(crd('SCHEMA')).replace('"SCHEMA"', schema));
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body).message).toContain(
        "json parse error: invalid character '{' exceeded max depth",
      );
      expect(s.etcdDump()).toEqual(before);
    },
  );

  it(
    'a schema 450 levels deep, under the limits: accepted, and its custom resources served',
    { timeout: 30_000 },
    async () => {
      const schema = nest(450, '{"type":"object","properties":{"x":', '{"type":"string"' + '}'.repeat(451));
      const { r } = await post(JSON.stringify(crd('SCHEMA')).replace('"SCHEMA"', schema));
      expect(r.status).toBe(201);
    },
  );

  it('a pattern Go cannot compile: 422 with the regexp error', async () => {
    const { r } = await post(
      crd({
        type: 'object',
        properties: { spec: { type: 'object', properties: { n: { type: 'string', pattern: '[' } } } },
      }),
    );
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).message).toContain('error parsing regexp: missing closing ]');
  });

  it(
    'a catastrophic pattern and a 100,000-value enum are accepted and used without hanging',
    { timeout: 30_000 },
    async () => {
      const values = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
      const { s, r } = await post(
        crd({
          type: 'object',
          properties: {
            spec: {
              type: 'object',
              properties: { n: { type: 'string', pattern: '^(a+)+$' }, e: { type: 'string', enum: values } },
            },
          },
        }),
      );
      expect(r.status).toBe(201);
      const started = performance.now();
      const cr = await s.handle({
        method: 'POST',
        path: '/apis/hostile.example.com/v1/namespaces/default/widgets',
        headers: json,
        body: JSON.stringify({
          apiVersion: 'hostile.example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
          spec: { n: `${'a'.repeat(30_000)}!`, e: 'nope' },
        }),
      });
      expect(cr.status).toBe(422);
      expect(performance.now() - started).toBeLessThan(10_000);
      const causes = JSON.parse(cr.body).details.causes.map((c: { field: string }) => c.field);
      expect(causes).toEqual(expect.arrayContaining(['spec.n', 'spec.e']));
    },
  );

  it(
    "a custom resource nested 20,000 levels deep under preserve-unknown-fields: the scanner's depth error",
    { timeout: 30_000 },
    async () => {
      const { s, r } = await post(
        crd(
          {
            type: 'object',
            properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
          'blobs',
        ),
      );
      expect(r.status).toBe(201);
      const body = JSON.stringify({
        apiVersion: 'hostile.example.com/v1',
        kind: 'Blob',
        metadata: { name: 'b' },
        spec: 'DEEP',
      }).replace('"DEEP"', nest(20_000, '{"d":', '1'));
      const cr = await s.handle({
        method: 'POST',
        path: '/apis/hostile.example.com/v1/namespaces/default/blobs',
        headers: json,
        body,
      });
      expect(cr.status).toBe(400);
      expect(JSON.parse(cr.body).message).toContain(
        "json parse error: invalid character '{' exceeded max depth",
      );
    },
  );
});
