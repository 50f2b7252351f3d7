// Go twin: k8s.io/apiserver/pkg/storage/testing/store_tests.go (RunTest*) @ v1.34.0
// A conformance suite for any storage.Interface: call each runTest* inside a describe() with a factory.
import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/errors/errors';
import type { StorageError } from '../errors';
import {
  errResourceVersionSetOnCreate,
  InvalidError,
  isExist,
  isInvalidObj,
  isNotFound,
  isTooLargeResourceVersion,
} from '../errors';
import {
  interpretCreateError,
  interpretDeleteError,
  interpretGetError,
  interpretUpdateError,
  interpretWatchError,
} from '../errors/storage';
import { Everything, Preconditions, SelectionPredicate, validateAllObjectFunc } from '../interfaces';
import type { ListOptions, Obj } from '../interfaces';
import {
  describeEvents,
  equalitySelector,
  makePod,
  nameOf,
  podKey,
  rejection,
  rvOf,
  seed,
  WatchReader,
} from './utils';
import type { StoreFactory } from './utils';

const pods = { group: '', resource: 'pods' };
const list = (o: Partial<ListOptions> = {}): ListOptions => ({
  predicate: Everything,
  recursive: true,
  ...o,
});
const statusOf = (err: unknown) => {
  expect(err).toBeInstanceOf(StatusError);
  return (err as StatusError).status;
};

export function runTestCreate(factory: StoreFactory): void {
  describe('create', () => {
    it('stores the object and returns it with the txn revision as resourceVersion', async () => {
      const { store } = factory();
      const before = await store.getCurrentResourceVersion();
      const out = await store.create(podKey('ns', 'foo'), makePod('ns', 'foo'));
      expect(rvOf(out)).toBe(String(before + 1));
      expect(await store.getCurrentResourceVersion()).toBe(before + 1);
      const got = await store.get(podKey('ns', 'foo'), {});
      expect(got).toEqual(out);
    });

    it('refuses an object that already has a resourceVersion', async () => {
      const { store } = factory();
      const pod = makePod('ns', 'foo');
      (pod.metadata as Record<string, unknown>).resourceVersion = '7';
      const err = await rejection(store.create(podKey('ns', 'foo'), pod));
      expect(err).toBe(errResourceVersionSetOnCreate);
      expect((err as Error).message).toBe('resourceVersion should not be set on objects to be created');
    });

    it('clears an unparsable resourceVersion and selfLink instead of failing, as Go does', async () => {
      const { store } = factory();
      const pod = makePod('ns', 'foo');
      Object.assign(pod.metadata as object, { resourceVersion: 'abc', selfLink: '/api/v1/x' });
      const out = await store.create(podKey('ns', 'foo'), pod);
      expect(out.metadata).not.toHaveProperty('selfLink');
      expect(rvOf(out)).toMatch(/^\d+$/);
    });

    it('fails with KeyExists on an existing key, mapped to AlreadyExists', async () => {
      const { store } = factory();
      await store.create(podKey('ns', 'foo'), makePod('ns', 'foo'));
      const err = await rejection(store.create(podKey('ns', 'foo'), makePod('ns', 'foo')));
      expect(isExist(err)).toBe(true);
      expect((err as StorageError).message).toBe(
        'StorageError: key exists, Code: 2, Key: /registry/pods/ns/foo, ResourceVersion: 0, AdditionalErrorMsg: <nil>',
      );
      const status = statusOf(interpretCreateError(err, pods, 'foo'));
      expect(status).toMatchObject({
        code: 409,
        reason: 'AlreadyExists',
        message: 'pods "foo" already exists',
      });
    });

    it.each([
      ['', 'empty key: ""'],
      ['/', 'empty key: "/"'],
      ['..', 'invalid key: ".."'],
      ['../pods/x', 'invalid key: "../pods/x"'],
      ['/pods/..', 'invalid key: "/pods/.."'],
      ['/pods/./x', 'invalid key: "/pods/./x"'],
    ])('rejects key %j', async (key, message) => {
      const { store } = factory();
      await expect(store.create(key, makePod('ns', 'foo'))).rejects.toThrow(message);
    });
  });
}

export function runTestGet(factory: StoreFactory): void {
  describe('get', () => {
    const setup = async () => {
      const env = factory();
      const [stored] = await seed(env.store, [makePod('ns', 'foo')]);
      return { ...env, stored: stored!, rv: Number(rvOf(stored!)) };
    };

    it.each([
      ['unset', undefined],
      ['"0" (any)', '0'],
      ['the current one', 'current'],
    ])('returns the object for resourceVersion %s', async (_name, rvSpec) => {
      const { store, stored, rv } = await setup();
      const resourceVersion = rvSpec === 'current' ? String(rv) : rvSpec;
      expect(await store.get(podKey('ns', 'foo'), { resourceVersion })).toEqual(stored);
    });

    it('returns 504 "Too large resource version" for a future resourceVersion', async () => {
      const { store, rv } = await setup();
      const status = statusOf(
        await rejection(store.get(podKey('ns', 'foo'), { resourceVersion: String(rv + 5) })),
      );
      expect(status).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `Timeout: Too large resource version: ${rv + 5}, current: ${rv}`,
        reason: 'Timeout',
        details: { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }] },
        code: 504,
      });
    });

    it('returns 400 for a malformed resourceVersion', async () => {
      const { store } = await setup();
      const status = statusOf(await rejection(store.get(podKey('ns', 'foo'), { resourceVersion: 'abc' })));
      expect(status.code).toBe(400);
      expect(status.message).toBe(
        'invalid resource version: resourceVersion: Invalid value: "abc": strconv.ParseUint: parsing "abc": invalid syntax',
      );
    });

    it('fails with KeyNotFound for a missing key, mapped to 404', async () => {
      const { store } = await setup();
      const err = await rejection(store.get(podKey('ns', 'bar'), {}));
      expect(isNotFound(err)).toBe(true);
      expect(statusOf(interpretGetError(err, pods, 'bar'))).toMatchObject({
        code: 404,
        reason: 'NotFound',
        message: 'pods "bar" not found',
        details: { name: 'bar', kind: 'pods' },
      });
    });

    it('returns the zero object for a missing key with ignoreNotFound', async () => {
      const { store } = await setup();
      const out = await store.get(podKey('ns', 'bar'), { ignoreNotFound: true });
      expect(store.versioner().objectResourceVersion(out)).toBe(0);
    });
  });
}

export function runTestDelete(factory: StoreFactory): void {
  describe('delete', () => {
    it('returns the last state stamped with the deletion revision; the key is gone', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo')]);
      const out = await store.delete(podKey('ns', 'foo'), undefined, validateAllObjectFunc);
      expect(Number(rvOf(out))).toBe(Number(rvOf(stored!)) + 1);
      expect({ ...out, metadata: { ...(out.metadata as object), resourceVersion: '' } }).toEqual({
        ...stored,
        metadata: { ...(stored!.metadata as object), resourceVersion: '' },
      });
      expect(isNotFound(await rejection(store.get(podKey('ns', 'foo'), {})))).toBe(true);
      const again = await rejection(store.delete(podKey('ns', 'foo'), undefined, validateAllObjectFunc));
      expect(statusOf(interpretDeleteError(again, pods, 'foo')).message).toBe('pods "foo" not found');
    });

    it.each([
      [
        'UID',
        new Preconditions({ uid: 'other' }),
        'Precondition failed: UID in precondition: other, UID in object meta: uid-1',
      ],
      [
        'ResourceVersion',
        new Preconditions({ resourceVersion: '1' }),
        'Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: RV',
      ],
    ])('fails a %s precondition with InvalidObj, mapped to 409 Conflict', async (_name, pre, detail) => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { uid: 'uid-1' })]);
      const msg = detail.replace('RV', rvOf(stored!));
      const err = await rejection(store.delete(podKey('ns', 'foo'), pre, validateAllObjectFunc));
      expect(isInvalidObj(err)).toBe(true);
      expect((err as Error).message).toBe(
        `StorageError: invalid object, Code: 4, Key: /registry/pods/ns/foo, ResourceVersion: 0, AdditionalErrorMsg: ${msg}`,
      );
      expect(statusOf(interpretDeleteError(err, pods, 'foo'))).toMatchObject({
        code: 409,
        reason: 'Conflict',
        message: `Operation cannot be fulfilled on pods "foo": ${(err as Error).message}`,
      });
      expect(await store.get(podKey('ns', 'foo'), {})).toEqual(stored);
    });

    it('deletes when matching preconditions hold', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { uid: 'uid-1' })]);
      const pre = new Preconditions({ uid: 'uid-1', resourceVersion: rvOf(stored!) });
      await store.delete(podKey('ns', 'foo'), pre, validateAllObjectFunc);
      expect(isNotFound(await rejection(store.get(podKey('ns', 'foo'), {})))).toBe(true);
    });

    it('aborts when validateDeletion throws', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo')]);
      const boom = new Error('not allowed');
      expect(await rejection(store.delete(podKey('ns', 'foo'), undefined, () => Promise.reject(boom)))).toBe(
        boom,
      );
      await store.get(podKey('ns', 'foo'), {});
    });

    it('retries with fresh state when the object changes underneath (conflict)', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo', { counter: 1 })]);
      const seen: unknown[] = [];
      const out = await store.delete(podKey('ns', 'foo'), undefined, async (obj) => {
        seen.push((obj.spec as Record<string, unknown>).counter);
        if (seen.length === 1) {
          await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o) => {
            (o.spec as Record<string, unknown>).counter = 2;
            return { obj: o };
          });
        }
      });
      expect(seen).toEqual([1, 2]);
      expect((out.spec as Record<string, unknown>).counter).toBe(2);
    });

    it('uses a stale cached object only as a hint: a failed precondition is rechecked on fresh state', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { uid: 'A' })]);
      // The key is recreated with another UID; the cache still holds the old object.
      await store.delete(podKey('ns', 'foo'), undefined, validateAllObjectFunc);
      await store.create(podKey('ns', 'foo'), makePod('ns', 'foo', { uid: 'B' }));
      const out = await store.delete(
        podKey('ns', 'foo'),
        new Preconditions({ uid: 'B' }),
        validateAllObjectFunc,
        stored,
      );
      expect((out.metadata as Record<string, unknown>).uid).toBe('B');
    });
  });
}

export function runTestGuaranteedUpdate(factory: StoreFactory): void {
  const counterOf = (o: Obj) => (o.spec as Record<string, unknown>).counter as number | undefined;
  const setCounter = (o: Obj, n: number) => {
    (o.spec as Record<string, unknown>).counter = n;
    return { obj: o };
  };

  describe('guaranteedUpdate', () => {
    it('writes the new object with the next revision and passes the current revision to tryUpdate', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { counter: 1 })]);
      let metaRV = -1;
      const out = await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o, res) => {
        metaRV = res.resourceVersion;
        expect(rvOf(o)).toBe(rvOf(stored!));
        return setCounter(o, 2);
      });
      expect(metaRV).toBe(Number(rvOf(stored!)));
      expect(Number(rvOf(out))).toBe(Number(rvOf(stored!)) + 1);
      expect(counterOf(await store.get(podKey('ns', 'foo'), {}))).toBe(2);
    });

    it('writes nothing and keeps the resourceVersion when the new bytes equal the stored bytes', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { counter: 1 })]);
      const before = await store.getCurrentResourceVersion();
      const out = await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o) =>
        setCounter(o, 1),
      );
      expect(rvOf(out)).toBe(rvOf(stored!));
      expect(await store.getCurrentResourceVersion()).toBe(before);
    });

    it('treats a changed resourceVersion alone as a no-op (it is never stored)', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo')]);
      const out = await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o) => {
        (o.metadata as Record<string, unknown>).resourceVersion = '999';
        return { obj: o };
      });
      expect(rvOf(out)).toBe(rvOf(stored!));
    });

    it.each([
      ['ignoreNotFound=false fails with KeyNotFound', false],
      ['ignoreNotFound=true creates from the zero object', true],
    ])('on a missing key: %s', async (_name, ignoreNotFound) => {
      const { store } = factory();
      const run = store.guaranteedUpdate(podKey('ns', 'new'), ignoreNotFound, undefined, (o, res) => {
        expect(res.resourceVersion).toBe(0);
        expect(store.versioner().objectResourceVersion(o)).toBe(0);
        return { obj: makePod('ns', 'new') };
      });
      if (!ignoreNotFound) {
        const err = await rejection(run);
        expect(isNotFound(err)).toBe(true);
        expect(statusOf(interpretUpdateError(err, pods, 'new')).code).toBe(404);
        return;
      }
      const out = await run;
      expect(nameOf(out)).toBe('new');
      expect(await store.get(podKey('ns', 'new'), {})).toEqual(out);
    });

    it('fails a UID precondition with InvalidObj, mapped to 409', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo', { uid: 'A' })]);
      const err = await rejection(
        store.guaranteedUpdate(podKey('ns', 'foo'), false, new Preconditions({ uid: 'B' }), (o) => ({
          obj: o,
        })),
      );
      expect(isInvalidObj(err)).toBe(true);
      expect(statusOf(interpretUpdateError(err, pods, 'foo'))).toMatchObject({
        code: 409,
        message:
          'Operation cannot be fulfilled on pods "foo": StorageError: invalid object, Code: 4, Key: /registry/pods/ns/foo, ' +
          'ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: B, UID in object meta: A',
      });
    });

    it('aborts when tryUpdate throws', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo')]);
      const boom = new Error('nope');
      expect(
        await rejection(
          store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, () => Promise.reject(boom)),
        ),
      ).toBe(boom);
    });

    it('retries tryUpdate on fresh state after a conflicting write', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo', { counter: 0 })]);
      const inputs: (number | undefined)[] = [];
      const out = await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, async (o) => {
        inputs.push(counterOf(o));
        if (inputs.length === 1) {
          await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (x) => setCounter(x, 10));
        }
        return setCounter(o, counterOf(o)! + 1);
      });
      expect(inputs).toEqual([0, 10]);
      expect(counterOf(out)).toBe(11);
    });

    it('never loses a write among interleaved updaters', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'foo', { counter: 0 })]);
      const n = 25;
      await Promise.all(
        Array.from({ length: n }, (_, i) =>
          store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, async (o) => {
            for (let k = 0; k < i % 4; k++) await Promise.resolve();
            return setCounter(o, counterOf(o)! + 1);
          }),
        ),
      );
      expect(counterOf(await store.get(podKey('ns', 'foo'), {}))).toBe(n);
    });

    it('uses a cached object as a hint and refetches when it is stale', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { counter: 1 })]);
      await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o) => setCounter(o, 5));
      const inputs: (number | undefined)[] = [];
      const out = await store.guaranteedUpdate(
        podKey('ns', 'foo'),
        false,
        undefined,
        (o) => {
          inputs.push(counterOf(o));
          return setCounter(o, counterOf(o)! + 1);
        },
        stored,
      );
      expect(inputs).toEqual([1, 5]);
      expect(counterOf(out)).toBe(6);
    });

    it('checks a no-op against storage when working from a stale cached object', async () => {
      const { store } = factory();
      const [stored] = await seed(store, [makePod('ns', 'foo', { counter: 1 })]);
      const updated = await store.guaranteedUpdate(podKey('ns', 'foo'), false, undefined, (o) =>
        setCounter(o, 2),
      );
      // The update is a no-op for the cached state, but storage holds other bytes: it must be written.
      const out = await store.guaranteedUpdate(
        podKey('ns', 'foo'),
        false,
        undefined,
        (o) => ({ obj: o }),
        stored,
      );
      expect(counterOf(out)).toBe(2);
      expect(rvOf(out)).toBe(rvOf(updated));
    });
  });
}

export function runTestGetList(factory: StoreFactory): void {
  describe('getList', () => {
    const setup = async () => {
      const env = factory();
      const created = await seed(env.store, [
        makePod('ns1', 'a', { labels: { app: 'web' } }),
        makePod('ns1', 'b', { labels: { app: 'db' } }),
        makePod('ns10', 'c', { labels: { app: 'web' } }),
        makePod('ns2', 'd', { labels: { app: 'web' } }),
      ]);
      const rvAfterSeed = Number(rvOf(created[3]!));
      // Changes after the seed, to tell old and new revisions apart.
      await env.store.delete(podKey('ns1', 'b'), undefined, validateAllObjectFunc);
      const current = await env.store.getCurrentResourceVersion();
      return { ...env, rvAfterSeed, current };
    };
    const names = (items: Obj[]) => items.map(nameOf);

    it('lists a prefix in key order at the current revision', async () => {
      const { store, current } = await setup();
      const res = await store.getList('/pods', list());
      expect(names(res.items)).toEqual(['a', 'c', 'd']);
      expect(res.resourceVersion).toBe(String(current));
      expect(res.continue).toBeUndefined();
      expect(res.remainingItemCount).toBeUndefined();
    });

    it('treats a recursive key as a directory: /pods/ns1 does not include /pods/ns10', async () => {
      const { store } = await setup();
      expect(names((await store.getList('/pods/ns1', list())).items)).toEqual(['a']);
    });

    it('filters with the predicate', async () => {
      const { store } = await setup();
      const predicate = new SelectionPredicate({ label: equalitySelector({ app: 'web' }) });
      expect(names((await store.getList('/pods', list({ predicate }))).items)).toEqual(['a', 'c', 'd']);
      const db = new SelectionPredicate({ label: equalitySelector({ app: 'db' }) });
      expect((await store.getList('/pods', list({ predicate: db }))).items).toEqual([]);
    });

    it('reads one key when not recursive', async () => {
      const { store } = await setup();
      expect(names((await store.getList(podKey('ns1', 'a'), list({ recursive: false }))).items)).toEqual([
        'a',
      ]);
      expect((await store.getList(podKey('ns1', 'b'), list({ recursive: false }))).items).toEqual([]);
    });

    it.each<
      [
        string,
        (s: { rvAfterSeed: number; current: number }) => Partial<ListOptions>,
        string[],
        'seed' | 'current',
      ]
    >([
      ['"" reads the latest', () => ({ resourceVersion: '' }), ['a', 'c', 'd'], 'current'],
      ['"0" reads the latest', () => ({ resourceVersion: '0' }), ['a', 'c', 'd'], 'current'],
      [
        'Exact reads at that revision',
        (s) => ({ resourceVersion: String(s.rvAfterSeed), resourceVersionMatch: 'Exact' }),
        ['a', 'b', 'c', 'd'],
        'seed',
      ],
      [
        'NotOlderThan an older revision reads the latest',
        (s) => ({ resourceVersion: String(s.rvAfterSeed), resourceVersionMatch: 'NotOlderThan' }),
        ['a', 'c', 'd'],
        'current',
      ],
      [
        'legacy N without a limit reads the latest',
        (s) => ({ resourceVersion: String(s.rvAfterSeed) }),
        ['a', 'c', 'd'],
        'current',
      ],
      [
        'legacy N with a limit reads at N',
        (s) => ({ resourceVersion: String(s.rvAfterSeed), predicate: new SelectionPredicate({ limit: 10 }) }),
        ['a', 'b', 'c', 'd'],
        'seed',
      ],
    ])('resourceVersion %s', async (_name, opts, want, at) => {
      const s = await setup();
      const res = await s.store.getList('/pods', list(opts(s)));
      expect(names(res.items)).toEqual(want);
      expect(res.resourceVersion).toBe(String(at === 'seed' ? s.rvAfterSeed : s.current));
      // Items carry their own modRevision, never the list's.
      for (const item of res.items)
        expect(Number(rvOf(item))).toBeLessThanOrEqual(Number(res.resourceVersion));
    });

    it.each([
      ['NotOlderThan', 'NotOlderThan' as const],
      ['Exact', 'Exact' as const],
      ['legacy', '' as const],
    ])('a future resourceVersion (%s) is 504 Too large', async (_name, resourceVersionMatch) => {
      const { store, current } = await setup();
      const err = await rejection(
        store.getList('/pods', list({ resourceVersion: String(current + 3), resourceVersionMatch })),
      );
      expect(isTooLargeResourceVersion(err)).toBe(true);
      expect(statusOf(err).message).toBe(
        `Timeout: Too large resource version: ${current + 3}, current: ${current}`,
      );
    });

    it('an Exact compacted revision is 410 Expired', async () => {
      const { store, compact, rvAfterSeed, current } = await setup();
      compact(current);
      const status = statusOf(
        await rejection(
          store.getList(
            '/pods',
            list({ resourceVersion: String(rvAfterSeed), resourceVersionMatch: 'Exact' }),
          ),
        ),
      );
      expect(status).toMatchObject({
        code: 410,
        reason: 'Expired',
        message: 'The resourceVersion for the provided list is too old.',
      });
    });

    it('rejects an unknown resourceVersionMatch', async () => {
      const { store } = await setup();
      const opts = list({ resourceVersion: '1' });
      (opts as { resourceVersionMatch: string }).resourceVersionMatch = 'Sometimes';
      await expect(store.getList('/pods', opts)).rejects.toThrow(
        'unknown ResourceVersionMatch value: Sometimes',
      );
    });
  });
}

export function runTestListPaging(factory: StoreFactory): void {
  describe('getList paging', () => {
    const setup = async () => {
      const env = factory();
      const created = await seed(
        env.store,
        ['a', 'b', 'c', 'd', 'e'].map((n, i) => makePod('ns', n, { labels: { even: String(i % 2 === 0) } })),
      );
      return { ...env, rv: Number(rvOf(created[4]!)) };
    };
    const limited = (limit: number, cont = '', label?: Record<string, string>) =>
      list({
        predicate: new SelectionPredicate({
          limit,
          continue: cont,
          label: label ? equalitySelector(label) : undefined,
        }),
      });

    it('pages with a continue token, a stable revision and remainingItemCount', async () => {
      const { store, rv } = await setup();
      const p1 = await store.getList('/pods', limited(2));
      expect(p1.items.map(nameOf)).toEqual(['a', 'b']);
      expect(p1.resourceVersion).toBe(String(rv));
      expect(p1.remainingItemCount).toBe(3);
      const token = JSON.parse(atob(p1.continue!.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
      expect(token).toEqual({ v: 'meta.k8s.io/v1', rv, start: 'ns/b\u0000' });
      expect(p1.continue).not.toMatch(/[=+/]/);

      // A write between pages is not seen: the next page is read at the first page's revision.
      await store.create(podKey('ns', 'bb'), makePod('ns', 'bb'));
      const p2 = await store.getList('/pods', limited(2, p1.continue));
      expect(p2.items.map(nameOf)).toEqual(['c', 'd']);
      expect(p2.resourceVersion).toBe(String(rv));
      expect(p2.remainingItemCount).toBe(1);

      const p3 = await store.getList('/pods', limited(2, p2.continue));
      expect(p3.items.map(nameOf)).toEqual(['e']);
      expect(p3.continue).toBeUndefined();
      expect(p3.remainingItemCount).toBeUndefined();
    });

    it('fills the limit through several etcd pages when a selector drops objects, without a count', async () => {
      const { store } = await setup();
      const res = await store.getList('/pods', limited(2, '', { even: 'true' }));
      expect(res.items.map(nameOf)).toEqual(['a', 'c']);
      expect(res.continue).toBeDefined();
      expect(res.remainingItemCount).toBeUndefined();
      const rest = await store.getList('/pods', limited(2, res.continue, { even: 'true' }));
      expect(rest.items.map(nameOf)).toEqual(['e']);
      expect(rest.continue).toBeUndefined();
    });

    it('refuses a resourceVersion together with continue', async () => {
      const { store } = await setup();
      const p1 = await store.getList('/pods', limited(2));
      const opts = { ...limited(2, p1.continue), resourceVersion: '3' };
      const status = statusOf(await rejection(store.getList('/pods', opts)));
      expect(status).toMatchObject({
        code: 400,
        message: 'specifying resource version is not allowed when using continue',
      });
      await store.getList('/pods', { ...limited(2, p1.continue), resourceVersion: '0' });
    });

    const enc = (json: string) => btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    it.each([
      ['!!!', 'continue key is not valid: illegal base64 data at input byte 0'],
      [
        enc('{"v":"meta.k8s.io/v1","rv":0,"start":"ns/a"}'),
        'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
      ],
      [
        enc('{"v":"meta.k8s.io/v1","rv":5,"start":""}'),
        'continue key is not valid: encoded start key empty (version meta.k8s.io/v1)',
      ],
      [
        enc('{"v":"v2","rv":5,"start":"ns/a"}'),
        'continue key is not valid: server does not recognize this encoded version v2',
      ],
      [
        enc('{"v":"meta.k8s.io/v1","rv":5,"start":"../secrets/x"}'),
        'continue key is not valid: ../secrets/x',
      ],
      [
        enc('{"v":"meta.k8s.io/v1","rv":"5","start":"ns/a"}'),
        'continue key is not valid: json: cannot unmarshal string into Go struct field continueToken.rv of type int64',
      ],
    ])('rejects the continue token %j', async (token, message) => {
      const { store } = await setup();
      const status = statusOf(await rejection(store.getList('/pods', limited(2, token))));
      expect(status).toMatchObject({
        code: 400,
        reason: 'BadRequest',
        message: `invalid continue token: ${message}`,
      });
    });

    it('answers a compacted continue token with 410 and a token to go on at the latest revision', async () => {
      const { store, compact } = await setup();
      const p1 = await store.getList('/pods', limited(2));
      await store.delete(podKey('ns', 'c'), undefined, validateAllObjectFunc);
      compact(await store.getCurrentResourceVersion());
      const status = statusOf(await rejection(store.getList('/pods', limited(2, p1.continue))));
      expect(status.code).toBe(410);
      expect(status.reason).toBe('Expired');
      expect(status.message).toMatch(
        /^The provided continue parameter is too old .* may show up in the list\.$/,
      );
      const next = (status.metadata as Record<string, string>).continue!;
      expect(JSON.parse(atob(next.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({
        v: 'meta.k8s.io/v1',
        rv: -1,
        start: 'ns/b\u0000',
      });
      const rest = await store.getList('/pods', limited(10, next));
      expect(rest.items.map(nameOf)).toEqual(['d', 'e']);
      expect(rest.resourceVersion).toBe(String(await store.getCurrentResourceVersion()));
    });
  });
}

export function runTestWatch(factory: StoreFactory): void {
  describe('watch', () => {
    it.each([
      ['unset', undefined],
      ['"0"', '0'],
    ])(
      'from resourceVersion %s: the current state as ADDED, then changes',
      async (_name, resourceVersion) => {
        const { store } = factory();
        const [a, b] = await seed(store, [makePod('ns', 'a'), makePod('ns', 'b')]);
        const w = new WatchReader(await store.watch('/pods', list({ resourceVersion })));
        expect(describeEvents(await w.drain())).toEqual([`ADDED ns/a@${rvOf(a!)}`, `ADDED ns/b@${rvOf(b!)}`]);

        const c = await store.create(podKey('ns', 'c'), makePod('ns', 'c'));
        const a2 = await store.guaranteedUpdate(podKey('ns', 'a'), false, undefined, (o) => {
          (o.spec as Record<string, unknown>).nodeName = 'n1';
          return { obj: o };
        });
        const deleted = await store.delete(podKey('ns', 'b'), undefined, validateAllObjectFunc);
        const events = await w.drain();
        expect(describeEvents(events)).toEqual([
          `ADDED ns/c@${rvOf(c)}`,
          `MODIFIED ns/a@${rvOf(a2)}`,
          `DELETED ns/b@${rvOf(deleted)}`,
        ]);
        // DELETED carries the last state, stamped with the deletion revision.
        expect(events[2]!.object).toEqual(deleted);
        w.watch.stop();
      },
    );

    it('from N: only the changes after N, replayed from history', async () => {
      const { store } = factory();
      const [a] = await seed(store, [makePod('ns', 'a')]);
      const b = await store.create(podKey('ns', 'b'), makePod('ns', 'b'));
      const delA = await store.delete(podKey('ns', 'a'), undefined, validateAllObjectFunc);
      const w = new WatchReader(await store.watch('/pods', list({ resourceVersion: rvOf(a!) })));
      expect(describeEvents(await w.drain())).toEqual([
        `ADDED ns/b@${rvOf(b)}`,
        `DELETED ns/a@${rvOf(delA)}`,
      ]);
      w.watch.stop();
    });

    it('from a compacted revision: exactly one ERROR event (410 Expired), then the end', async () => {
      const { store, compact } = factory();
      const [a] = await seed(store, [makePod('ns', 'a')]);
      await store.create(podKey('ns', 'b'), makePod('ns', 'b'));
      await store.create(podKey('ns', 'c'), makePod('ns', 'c'));
      compact(await store.getCurrentResourceVersion());
      expect(store.compactRevision()).toBe(await store.getCurrentResourceVersion());
      const w = new WatchReader(await store.watch('/pods', list({ resourceVersion: rvOf(a!) })));
      const events = await w.drain();
      expect(w.closed).toBe(true);
      expect(events).toEqual([
        {
          type: 'ERROR',
          object: {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: 'The resourceVersion for the provided watch is too old.',
            reason: 'Expired',
            code: 410,
          },
        },
      ]);
    });

    it('from the revision just below the compaction point still works', async () => {
      const { store, compact } = factory();
      await seed(store, [makePod('ns', 'a')]);
      const rv = await store.getCurrentResourceVersion();
      const b = await store.create(podKey('ns', 'b'), makePod('ns', 'b'));
      compact(rv + 1);
      const w = new WatchReader(await store.watch('/pods', list({ resourceVersion: String(rv) })));
      expect(describeEvents(await w.drain())).toEqual([`ADDED ns/b@${rvOf(b)}`]);
      w.watch.stop();
    });

    it('filters with the predicate: leaving the selection is DELETED, entering it ADDED', async () => {
      const { store } = factory();
      const web = { labels: { app: 'web' } };
      await seed(store, [makePod('ns', 'a', web), makePod('ns', 'other', { labels: { app: 'db' } })]);
      const predicate = new SelectionPredicate({ label: equalitySelector({ app: 'web' }) });
      const w = new WatchReader(await store.watch('/pods', list({ predicate })));
      expect(describeEvents(await w.drain()).map((e) => e.split('@')[0])).toEqual(['ADDED ns/a']);

      const relabel = (name: string, app: string) =>
        store.guaranteedUpdate(podKey('ns', name), false, undefined, (o) => {
          (o.metadata as Record<string, unknown>).labels = { app };
          return { obj: o };
        });
      const toDb = await relabel('a', 'db');
      const back = await relabel('a', 'web');
      const mod = await store.guaranteedUpdate(podKey('ns', 'a'), false, undefined, (o) => {
        (o.spec as Record<string, unknown>).nodeName = 'n1';
        return { obj: o };
      });
      await store.create(podKey('ns', 'hidden'), makePod('ns', 'hidden', { labels: { app: 'db' } }));
      await relabel('other', 'db2');
      const events = await w.drain();
      expect(describeEvents(events)).toEqual([
        `DELETED ns/a@${rvOf(toDb)}`,
        `ADDED ns/a@${rvOf(back)}`,
        `MODIFIED ns/a@${rvOf(mod)}`,
      ]);
      // The DELETED for leaving the selection carries the old (matching) object.
      expect(((events[0]!.object as Obj).metadata as Record<string, unknown>).labels).toEqual({ app: 'web' });
      w.watch.stop();
    });

    it('watches a single key when not recursive', async () => {
      const { store } = factory();
      const [a] = await seed(store, [makePod('ns', 'a'), makePod('ns', 'ab')]);
      const w = new WatchReader(await store.watch(podKey('ns', 'a'), list({ recursive: false })));
      expect(describeEvents(await w.drain())).toEqual([`ADDED ns/a@${rvOf(a!)}`]);
      await store.delete(podKey('ns', 'ab'), undefined, validateAllObjectFunc);
      expect(await w.drain()).toEqual([]);
      w.watch.stop();
    });

    it('sendInitialEvents=false from "": changes only', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'a')]);
      const w = new WatchReader(await store.watch('/pods', list({ sendInitialEvents: false })));
      expect(await w.drain()).toEqual([]);
      const b = await store.create(podKey('ns', 'b'), makePod('ns', 'b'));
      expect(describeEvents(await w.drain())).toEqual([`ADDED ns/b@${rvOf(b)}`]);
      w.watch.stop();
    });

    it('sendInitialEvents=true with bookmarks: initial events, then a bookmark marking their end', async () => {
      const { store } = factory();
      const [a] = await seed(store, [makePod('ns', 'a')]);
      const predicate = new SelectionPredicate({ allowWatchBookmarks: true });
      const w = new WatchReader(await store.watch('/pods', list({ sendInitialEvents: true, predicate })));
      const events = await w.drain();
      const rv = await store.getCurrentResourceVersion();
      expect(describeEvents(events)).toEqual([`ADDED ns/a@${rvOf(a!)}`, `BOOKMARK @${rv}`]);
      expect(events[1]!.object.metadata).toEqual({
        resourceVersion: String(rv),
        annotations: { 'k8s.io/initial-events-end': 'true' },
      });
      w.watch.stop();
    });

    it('sendInitialEvents=true from a future revision: 504 Too large as the ERROR event', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'a')]);
      const rv = await store.getCurrentResourceVersion();
      const w = new WatchReader(
        await store.watch('/pods', list({ sendInitialEvents: true, resourceVersion: String(rv + 10) })),
      );
      const events = await w.drain();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'ERROR',
        object: { code: 504, message: `Timeout: Too large resource version: ${rv + 10}, current: ${rv}` },
      });
      expect(w.closed).toBe(true);
    });

    it('stop() ends iteration promptly and frees the subscription', async () => {
      const { store } = factory();
      const w = await store.watch('/pods', list());
      const it = w[Symbol.asyncIterator]();
      const pending = it.next();
      w.stop();
      expect(await pending).toEqual({ value: undefined, done: true });
      await store.create(podKey('ns', 'a'), makePod('ns', 'a'));
      expect(await it.next()).toEqual({ value: undefined, done: true });
    });

    it('breaking out of for-await stops the watch', async () => {
      const { store } = factory();
      await seed(store, [makePod('ns', 'a'), makePod('ns', 'b')]);
      const w = await store.watch('/pods', list());
      const seen: string[] = [];
      for await (const e of w) {
        seen.push(e.type);
        break;
      }
      expect(seen).toEqual(['ADDED']);
      const rest = new WatchReader(w);
      expect(await rest.drain()).toEqual([]);
      expect(rest.closed).toBe(true);
    });

    it('a malformed resourceVersion is an InvalidError, mapped to 422', async () => {
      const { store } = factory();
      const err = await rejection(store.watch('/pods', list({ resourceVersion: 'x1' })));
      expect(err).toBeInstanceOf(InvalidError);
      expect(statusOf(interpretWatchError(err, pods, ''))).toMatchObject({
        code: 422,
        reason: 'Invalid',
        message:
          'pods "" is invalid: resourceVersion: Invalid value: "x1": strconv.ParseUint: parsing "x1": invalid syntax',
        details: { kind: 'pods', causes: [{ reason: 'FieldValueInvalid', field: 'resourceVersion' }] },
      });
    });
  });
}

export function runTestStats(factory: StoreFactory): void {
  describe('stats', () => {
    it('counts the objects under the resource prefix', async () => {
      const { store } = factory();
      expect(await store.stats()).toEqual({ objectCount: 0 });
      await seed(store, [makePod('ns1', 'a'), makePod('ns2', 'b')]);
      expect(await store.stats()).toEqual({ objectCount: 2 });
    });
  });
}

/** Every test above, for a storage implementation. */
export function runStoreTests(factory: StoreFactory): void {
  runTestCreate(factory);
  runTestGet(factory);
  runTestDelete(factory);
  runTestGuaranteedUpdate(factory);
  runTestGetList(factory);
  runTestListPaging(factory);
  runTestWatch(factory);
  runTestStats(factory);
}
