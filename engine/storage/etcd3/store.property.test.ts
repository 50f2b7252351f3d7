// Go twin: k8s.io/apiserver/pkg/storage/etcd3/store_test.go (properties the Go tests check case by case) @ v1.34.0
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/errors/errors';
import { isExist, isNotFound } from '../errors';
import { Everything } from '../selectionPredicate';
import { validateAllObjectFunc } from '../interfaces';
import type { Obj } from '../interfaces';
import { jsonCodec, makePod, nameOf, podKey, rvOf, WatchReader } from '../testing/utils';
import { MVCCStore } from './mvcc';
import { Store } from './store';

const newEnv = () => {
  const client = new MVCCStore();
  const store = new Store({
    client,
    codec: jsonCodec,
    prefix: '/registry',
    resourcePrefix: '/pods',
    groupResource: { group: '', resource: 'pods' },
  });
  return { client, store };
};

type Op =
  | { kind: 'create'; name: string; value: number }
  | { kind: 'update'; name: string; value: number }
  | { kind: 'noop'; name: string }
  | { kind: 'delete'; name: string }
  | { kind: 'compact' };

const name = fc.constantFrom('a', 'b', 'c', 'd');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      name,
      value: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      name,
      value: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('noop' as const), name }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), name }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'compact' as const }), weight: 1 },
);

const valueOf = (o: Obj) => (o.spec as Record<string, unknown> | undefined)?.counter;
const expectedMissing = (err: unknown) => isNotFound(err) || isExist(err);

/** Applies the ops, checking each write's resourceVersion on the way; expected misses are ignored. */
async function run(env: ReturnType<typeof newEnv>, ops: Op[]): Promise<void> {
  const { store, client } = env;
  let lastWrite = client.currentRevision();
  const wrote = (o: Obj) => {
    const rv = Number(rvOf(o));
    expect(rv).toBeGreaterThan(lastWrite);
    expect(rv).toBe(client.currentRevision());
    lastWrite = rv;
  };
  for (const o of ops) {
    try {
      switch (o.kind) {
        case 'create':
          wrote(await store.create(podKey('ns', o.name), makePod('ns', o.name, { counter: o.value })));
          break;
        case 'update': {
          const before = await store.get(podKey('ns', o.name), { ignoreNotFound: true });
          const out = await store.guaranteedUpdate(podKey('ns', o.name), false, undefined, (cur) => {
            (cur.spec as Record<string, unknown>).counter = o.value;
            return { obj: cur };
          });
          // Writing the same value is a no-op: the resourceVersion stays.
          if (valueOf(before) === o.value) expect(rvOf(out)).toBe(rvOf(before));
          else wrote(out);
          break;
        }
        case 'noop': {
          const before = client.currentRevision();
          const out = await store.guaranteedUpdate(podKey('ns', o.name), false, undefined, (cur) => ({
            obj: cur,
          }));
          expect(client.currentRevision()).toBe(before);
          expect(Number(rvOf(out))).toBeLessThanOrEqual(before);
          break;
        }
        case 'delete':
          wrote(await store.delete(podKey('ns', o.name), undefined, validateAllObjectFunc));
          break;
        case 'compact':
          if (client.currentRevision() > client.compactRevision()) client.compact(client.currentRevision());
          break;
      }
    } catch (err) {
      if (!expectedMissing(err)) throw err;
    }
  }
}

const byName = (items: Obj[]) => new Map(items.map((o) => [nameOf(o), o]));

describe('etcd3 store properties', () => {
  it('resourceVersions strictly increase, and the list at r plus the watch from r gives the final list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const env = newEnv();
        const { store, client } = env;
        // A watch from the very start must see every change.
        const fromStart = new WatchReader(
          await store.watch('/pods', { predicate: Everything, recursive: true }),
        );
        await run(env, ops);
        const final = await store.getList('/pods', { predicate: Everything, recursive: true });
        expect(final.resourceVersion).toBe(String(client.currentRevision()));
        const finalState = byName(final.items);

        const replay = (start: Map<string, Obj>, events: Awaited<ReturnType<WatchReader['drain']>>) => {
          const state = new Map(start);
          let last = 0;
          for (const e of events) {
            expect(e.type).not.toBe('ERROR');
            if (e.type === 'ERROR') return state;
            const rv = Number(rvOf(e.object));
            expect(rv).toBeGreaterThan(last); // watch events come in revision order
            last = rv;
            if (e.type === 'DELETED') state.delete(nameOf(e.object));
            else state.set(nameOf(e.object), e.object);
          }
          return state;
        };
        expect(replay(new Map(), await fromStart.drain())).toEqual(finalState);
        fromStart.watch.stop();

        const compactRev = client.compactRevision();
        for (let r = 1; r <= client.currentRevision(); r++) {
          const w = new WatchReader(
            await store.watch('/pods', {
              predicate: Everything,
              recursive: true,
              resourceVersion: String(r),
            }),
          );
          const events = await w.drain();
          w.watch.stop();
          if (r + 1 < compactRev) {
            // The watch would start below the compaction point.
            expect(events.map((e) => [e.type, (e.object as { code?: number }).code])).toEqual([
              ['ERROR', 410],
            ]);
          }
          const at = store.getList('/pods', {
            predicate: Everything,
            recursive: true,
            resourceVersion: String(r),
            resourceVersionMatch: 'Exact',
          });
          if (r < compactRev) {
            const err = await at.then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(err instanceof StatusError && err.status.code).toBe(410);
            continue;
          }
          const listAt = await at;
          expect(listAt.resourceVersion).toBe(String(r));
          expect(replay(byName(listAt.items), events)).toEqual(finalState);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('concurrent guaranteedUpdates never lose a write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 30 }), async (delays) => {
        const { store } = newEnv();
        await store.create(podKey('ns', 'x'), makePod('ns', 'x', { counter: 0 }));
        let calls = 0;
        const results = await Promise.all(
          delays.map((d) =>
            store.guaranteedUpdate(podKey('ns', 'x'), false, undefined, async (cur) => {
              calls++;
              // Yield a few times so updaters interleave between read and compare-and-swap.
              for (let i = 0; i < d; i++) await Promise.resolve();
              const spec = cur.spec as Record<string, number>;
              spec.counter = spec.counter! + 1;
              return { obj: cur };
            }),
          ),
        );
        const final = await store.get(podKey('ns', 'x'), {});
        expect(valueOf(final)).toBe(delays.length);
        // Each updater's result is a distinct revision.
        expect(new Set(results.map(rvOf)).size).toBe(delays.length);
        expect(calls).toBeGreaterThanOrEqual(delays.length);
      }),
      { numRuns: 200 },
    );
  });
});
