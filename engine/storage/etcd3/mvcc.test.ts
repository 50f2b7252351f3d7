// Go twin: go.etcd.io/etcd/server/v3/storage/mvcc (kvstore_test.go, watchable_store_test.go) @ etcd v3.6
import { describe, expect, it } from 'vitest';
import { EtcdError, getPrefixRangeEnd, isCompactedError, isFutureRevError, MVCCStore } from './mvcc';
import type { Compare, WatchResponse } from './mvcc';

const errCode = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(EtcdError);
    return { code: (err as EtcdError).code, message: (err as Error).message };
  }
  throw new Error('expected an EtcdError');
};

describe('MVCCStore', () => {
  it('starts at revision 1 like a fresh etcd; the first write gets revision 2', () => {
    const s = new MVCCStore();
    expect(s.currentRevision()).toBe(1);
    expect(s.compactRevision()).toBe(0);
    expect(s.put('/a', 'x').revision).toBe(2);
  });

  it('tracks createRevision, modRevision and version per key; deletion resets them', () => {
    const s = new MVCCStore();
    s.put('/a', '1');
    s.put('/b', 'b');
    s.put('/a', '2');
    expect(s.get('/a')).toEqual({
      key: '/a',
      createRevision: 2,
      modRevision: 4,
      version: 2,
      value: '2',
      lease: 0,
    });
    s.deleteRange('/a');
    expect(s.get('/a')).toBeUndefined();
    s.put('/a', '3');
    expect(s.get('/a')).toMatchObject({ createRevision: 6, modRevision: 6, version: 1 });
  });

  it('bumps the revision only for txns that change something', () => {
    const s = new MVCCStore();
    s.put('/a', '1');
    expect(s.txn({ success: [{ type: 'range', key: '/a' }] }).revision).toBe(2);
    expect(s.deleteRange('/missing').revision).toBe(2);
    expect(s.currentRevision()).toBe(2);
  });

  it('runs success or failure ops by the compares, all writes at one revision', () => {
    const s = new MVCCStore();
    const created = s.txn({
      compare: [{ key: '/a', target: 'mod', result: '=', value: 0 }],
      success: [
        { type: 'put', key: '/a', value: 'A' },
        { type: 'put', key: '/b', value: 'B' },
        { type: 'range', key: '/a' },
      ],
      failure: [{ type: 'range', key: '/a' }],
    });
    expect(created.succeeded).toBe(true);
    expect(created.revision).toBe(2);
    expect(s.get('/b')!.modRevision).toBe(2);
    // A read inside the txn sees the txn's own write; every response carries the txn's header revision.
    expect(created.responses[2]).toMatchObject({ type: 'range', count: 1, revision: 2 });

    const again = s.txn({
      compare: [{ key: '/a', target: 'mod', result: '=', value: 0 }],
      success: [{ type: 'put', key: '/a', value: 'A2' }],
      failure: [{ type: 'range', key: '/a' }],
    });
    expect(again.succeeded).toBe(false);
    expect(again.revision).toBe(2);
    expect(again.responses[0]).toMatchObject({
      type: 'range',
      kvs: [{ key: '/a', value: 'A', modRevision: 2 }],
    });
  });

  it.each<[string, Compare, boolean]>([
    ['mod = rev', { key: '/a', target: 'mod', result: '=', value: 3 }, true],
    ['mod != rev', { key: '/a', target: 'mod', result: '!=', value: 3 }, false],
    ['create < 3', { key: '/a', target: 'create', result: '<', value: 3 }, true],
    ['version > 1', { key: '/a', target: 'version', result: '>', value: 1 }, true],
    ['value = "2"', { key: '/a', target: 'value', result: '=', value: '2' }, true],
    ['missing key: mod = 0', { key: '/zz', target: 'mod', result: '=', value: 0 }, true],
    ['missing key: value never matches', { key: '/zz', target: 'value', result: '!=', value: 'x' }, false],
  ])('compare %s', (_name, compare, want) => {
    const s = new MVCCStore();
    s.put('/a', '1');
    s.put('/a', '2');
    expect(s.txn({ compare: [compare] }).succeeded).toBe(want);
  });

  it('refuses a key written twice in one txn', () => {
    const s = new MVCCStore();
    const err = errCode(() =>
      s.txn({
        success: [
          { type: 'put', key: '/a', value: '1' },
          { type: 'put', key: '/a', value: '2' },
        ],
      }),
    );
    expect(err).toEqual({
      code: 'ErrDuplicateKey',
      message: 'etcdserver: duplicate key given in txn request',
    });
    expect(s.currentRevision()).toBe(1);
  });

  it('ranges over a prefix in key order with limit, count and more', () => {
    const s = new MVCCStore();
    for (const k of ['/p/c', '/p/a', '/q/x', '/p/b', '/pp']) s.put(k, k);
    const all = s.range({ key: '/p/', rangeEnd: getPrefixRangeEnd('/p/') });
    expect(all.kvs.map((kv) => kv.key)).toEqual(['/p/a', '/p/b', '/p/c']);
    const page = s.range({ key: '/p/', rangeEnd: getPrefixRangeEnd('/p/'), limit: 2 });
    expect(page).toMatchObject({ count: 3, more: true, revision: 6 });
    expect(page.kvs.map((kv) => kv.key)).toEqual(['/p/a', '/p/b']);
    const from = s.range({ key: '/p/b\0', rangeEnd: getPrefixRangeEnd('/p/') });
    expect(from.kvs.map((kv) => kv.key)).toEqual(['/p/c']);
    expect(s.range({ key: '/p/', rangeEnd: getPrefixRangeEnd('/p/'), countOnly: true })).toMatchObject({
      kvs: [],
      count: 3,
      more: false,
    });
  });

  it.each([
    ['/registry/pods/', '/registry/pods0'],
    ['a', 'b'],
    ['a\uffff', 'b'],
    ['', '\0'],
  ])('getPrefixRangeEnd(%j) = %j', (prefix, want) => {
    expect(getPrefixRangeEnd(prefix)).toBe(want);
  });

  it('reads at an older revision, and refuses future and compacted ones', () => {
    const s = new MVCCStore();
    s.put('/a', '1'); // 2
    s.put('/a', '2'); // 3
    s.deleteRange('/a'); // 4
    s.put('/b', 'b'); // 5
    expect(s.get('/a', 2)!.value).toBe('1');
    expect(s.get('/a', 3)!.value).toBe('2');
    expect(s.get('/a', 4)).toBeUndefined();
    expect(s.range({ key: '/a', revision: 3 }).revision).toBe(5);
    expect(errCode(() => s.get('/a', 6))).toEqual({
      code: 'ErrFutureRev',
      message: 'etcdserver: mvcc: required revision is a future revision',
    });
    s.compact(3);
    expect(s.get('/a', 3)!.value).toBe('2');
    expect(errCode(() => s.get('/a', 2))).toEqual({
      code: 'ErrCompacted',
      message: 'etcdserver: mvcc: required revision has been compacted',
    });
  });

  it('compacts history: keeps the state at the compaction point, drops older versions and tombstones', () => {
    const s = new MVCCStore();
    s.put('/a', '1'); // 2
    s.put('/gone', 'x'); // 3
    s.put('/a', '2'); // 4
    s.deleteRange('/gone'); // 5
    s.put('/a', '3'); // 6
    s.compact(5);
    expect(s.compactRevision()).toBe(5);
    expect(s.get('/a', 5)!.value).toBe('2');
    expect(s.get('/gone', 5)).toBeUndefined();
    expect(s.events().map((e) => `${e.type} ${e.kv.key}@${e.kv.modRevision}`)).toEqual([
      'DELETE /gone@5',
      'PUT /a@6',
    ]);
    expect(isCompactedError(errCatch(() => s.compact(5)))).toBe(true);
    expect(isCompactedError(errCatch(() => s.compact(4)))).toBe(true);
    expect(isFutureRevError(errCatch(() => s.compact(7)))).toBe(true);
    expect(s.dump().map((kv) => kv.key)).toEqual(['/a']);
  });

  it('dumps the live keyspace in key order', () => {
    const s = new MVCCStore();
    s.put('/b', 'B');
    s.put('/a', 'A');
    s.put('/c', 'C');
    s.deleteRange('/c');
    expect(s.dump()).toEqual([
      { key: '/a', createRevision: 3, modRevision: 3, version: 1, value: 'A', lease: 0 },
      { key: '/b', createRevision: 2, modRevision: 2, version: 1, value: 'B', lease: 0 },
    ]);
  });

  describe('watch', () => {
    const record = (s: MVCCStore, req: Parameters<MVCCStore['watch']>[0]) => {
      const got: WatchResponse[] = [];
      const w = s.watch(req, (r) => got.push(r));
      const lines = () =>
        got.flatMap((r) =>
          r.err
            ? [`ERR ${r.err.code} compact=${r.compactRevision}`]
            : r.events.map(
                (e) => `${r.revision} ${e.type} ${e.kv.key}=${e.kv.value} prev=${e.prevKv?.value ?? '-'}`,
              ),
        );
      return { got, w, lines };
    };

    it('delivers live events with the previous value, one response per txn', () => {
      const s = new MVCCStore();
      s.put('/p/a', '0');
      const { got, lines } = record(s, { key: '/p/', rangeEnd: getPrefixRangeEnd('/p/') });
      s.txn({
        success: [
          { type: 'put', key: '/p/a', value: '1' },
          { type: 'put', key: '/p/b', value: 'b' },
          { type: 'put', key: '/q', value: 'q' },
        ],
      });
      s.deleteRange('/p/', getPrefixRangeEnd('/p/'));
      expect(got).toHaveLength(2);
      expect(lines()).toEqual([
        '3 PUT /p/a=1 prev=0',
        '3 PUT /p/b=b prev=-',
        '4 DELETE /p/a= prev=1',
        '4 DELETE /p/b= prev=b',
      ]);
    });

    it('replays history from a start revision, then continues live', () => {
      const s = new MVCCStore();
      s.put('/a', '1'); // 2
      s.put('/a', '2'); // 3
      const { lines } = record(s, { key: '/a', startRevision: 3 });
      s.put('/a', '3'); // 4
      expect(lines()).toEqual(['3 PUT /a=2 prev=1', '4 PUT /a=3 prev=2']);
    });

    it('a compacted start revision yields one canceled response with ErrCompacted', () => {
      const s = new MVCCStore();
      s.put('/a', '1');
      s.put('/a', '2');
      s.compact(3);
      expect(record(s, { key: '/a', startRevision: 3 }).lines()).toEqual(['3 PUT /a=2 prev=1']);
      const { got, lines } = record(s, { key: '/a', startRevision: 2 });
      expect(lines()).toEqual(['ERR ErrCompacted compact=3']);
      expect(got[0]!.canceled).toBe(true);
      s.put('/a', '3');
      expect(got).toHaveLength(1);
    });

    it('stops delivering after cancel', () => {
      const s = new MVCCStore();
      const { w, lines } = record(s, { key: '/a' });
      s.put('/a', '1');
      w.cancel();
      s.put('/a', '2');
      expect(lines()).toEqual(['2 PUT /a=1 prev=-']);
    });

    it('keeps revision order for every watcher when a handler writes', () => {
      const s = new MVCCStore();
      const order: number[] = [];
      s.watch({ key: '\0', rangeEnd: '\0' }, (r) => {
        if (r.events.some((e) => e.kv.key === '/trigger')) s.put('/reaction', 'x');
      });
      s.watch({ key: '\0', rangeEnd: '\0' }, (r) => order.push(r.revision));
      s.put('/trigger', '1');
      expect(order).toEqual([2, 3]);
    });

    it('a watch created by a handler sees each revision once', () => {
      const s = new MVCCStore();
      const late: number[] = [];
      s.watch({ key: '/a' }, () => {
        if (late.length === 0) s.watch({ key: '/a', startRevision: 1 }, (r) => late.push(r.revision));
      });
      s.put('/a', '1');
      s.put('/a', '2');
      expect(late).toEqual([2, 3]);
    });
  });

  it('revoking a lease deletes its keys in one txn', () => {
    const s = new MVCCStore();
    const lease = s.grantLease(60);
    s.put('/a', '1', lease);
    s.put('/b', '1', lease);
    s.put('/c', '1');
    expect(s.revokeLease(lease).revision).toBe(5);
    expect(s.dump().map((kv) => kv.key)).toEqual(['/c']);
    expect(errCode(() => s.put('/d', '1', lease)).code).toBe('ErrLeaseNotFound');
  });
});

function errCatch(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}
