// Property tests over the whole chain: random request sequences against one server, checking the
// invariants clients rely on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTestServer } from '../testing/server';

const cms = '/api/v1/namespaces/default/configmaps';
const names = ['a', 'b', 'c', 'd'];

type Op =
  | { kind: 'create'; name: string; value: string }
  | { kind: 'update'; name: string; value: string }
  | { kind: 'delete'; name: string }
  | { kind: 'invalid'; name: string }
  | { kind: 'checkpoint' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    name: fc.constantFrom(...names),
    value: fc.string({ maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    name: fc.constantFrom(...names),
    value: fc.string({ maxLength: 5 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom(...names) }),
  fc.record({ kind: fc.constant('invalid' as const), name: fc.constantFrom('Bad_Name', '-x', 'a..b') }),
  fc.constant({ kind: 'checkpoint' as const }),
);

const configMap = (name: string, value: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name },
  data: { v: value },
});
const rvOf = (o: unknown) =>
  Number((o as { metadata: { resourceVersion: string } }).metadata.resourceVersion);

describe('request sequences', () => {
  it('write RVs strictly increase, rejected writes change nothing, and watch replay reproduces the list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const t = await newTestServer();
        let lastRV = 0;
        const objectRV = new Map<string, number>();
        const checkpoints: number[] = [0];
        for (const o of ops) {
          if (o.kind === 'checkpoint') {
            checkpoints.push(rvOf((await t.get(cms)).json));
            continue;
          }
          const before = t.server.etcdDump();
          const r =
            o.kind === 'create'
              ? await t.post(cms, configMap(o.name, o.value))
              : o.kind === 'update'
                ? await t.put(`${cms}/${o.name}`, configMap(o.name, o.value))
                : o.kind === 'delete'
                  ? await t.delete(`${cms}/${o.name}`)
                  : await t.post(cms, configMap(o.name, 'x'));
          if (r.status >= 400) {
            expect(r.json).toMatchObject({
              kind: 'Status',
              apiVersion: 'v1',
              status: 'Failure',
              code: r.status,
            });
            expect(t.server.etcdDump()).toEqual(before);
            continue;
          }
          if (o.kind === 'delete') {
            objectRV.delete(o.name);
            continue;
          }
          const rv = rvOf(r.json);
          // A write gets a newer revision than any before it, unless it changed nothing (a no-op update
          // keeps the object's resourceVersion).
          if (rv !== objectRV.get(o.name)) expect(rv).toBeGreaterThan(lastRV);
          objectRV.set(o.name, rv);
          lastRV = Math.max(lastRV, rv);
        }
        const final = (await t.get(cms)).json;
        const finalState = new Map(
          (final.items as { metadata: { name: string }; data: unknown }[]).map((i) => [
            i.metadata.name,
            i.data,
          ]),
        );
        for (const from of checkpoints) {
          // The list at `from` is empty at 0; otherwise replay events after it onto what was listed then.
          const state = new Map<string, unknown>();
          if (from > 0) {
            const listed = await t.get(`${cms}?resourceVersion=${from}&resourceVersionMatch=Exact`);
            for (const i of listed.json.items as { metadata: { name: string }; data: unknown }[])
              state.set(i.metadata.name, i.data);
          }
          const w = await t.get(`${cms}?watch=true&resourceVersion=${from}`);
          const frames = w.body
            .trim()
            .split('\n')
            .filter(Boolean)
            .map(
              (l) => JSON.parse(l) as { type: string; object: { metadata: { name: string }; data: unknown } },
            );
          for (const f of frames) {
            if (f.type === 'DELETED') state.delete(f.object.metadata.name);
            else if (f.type === 'ADDED' || f.type === 'MODIFIED')
              state.set(f.object.metadata.name, f.object.data);
          }
          expect(state).toEqual(finalState);
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 60) },
    );
  }, 120_000);

  it('concurrent patches to one object never lose a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), async (n) => {
        const t = await newTestServer();
        await t.post(cms, configMap('shared', '0'));
        const results = await Promise.all(
          Array.from({ length: n }, (_, i) =>
            t.patch(
              `${cms}/shared`,
              [{ op: 'add', path: `/data/k${i}`, value: String(i) }],
              'application/json-patch+json',
            ),
          ),
        );
        for (const r of results) expect(r.status).toBe(200);
        const final = (await t.get(`${cms}/shared`)).json.data as Record<string, string>;
        for (let i = 0; i < n; i++) expect(final[`k${i}`]).toBe(String(i));
      }),
      { numRuns: 20 },
    );
  });
});
