// Go twin: k8s.io/apiserver/pkg/storage/etcd3/store_test.go @ v1.34.0
import { describe, expect, it } from 'vitest';
import { Everything } from '../selectionPredicate';
import { runStoreTests } from '../testing/storeTests';
import { jsonCodec, makePod, podKey } from '../testing/utils';
import type { StoreFactory } from '../testing/utils';
import { MVCCStore } from './mvcc';
import { Store } from './store';

const newStore = (client = new MVCCStore()) =>
  new Store({
    client,
    codec: jsonCodec,
    prefix: '/registry',
    resourcePrefix: '/pods',
    groupResource: { group: '', resource: 'pods' },
  });

const factory: StoreFactory = () => {
  const client = new MVCCStore();
  return { store: newStore(client), compact: (rev) => client.compact(rev) };
};

describe('etcd3 store', () => {
  runStoreTests(factory);

  it('keeps resourceVersion out of the stored bytes: the value is the codec output without it', async () => {
    const client = new MVCCStore();
    const store = newStore(client);
    const out = await store.create(podKey('ns', 'a'), makePod('ns', 'a'));
    const kv = client.get('/registry/pods/ns/a')!;
    expect(kv.value).toBe(JSON.stringify(makePod('ns', 'a')));
    expect(kv.modRevision).toBe(Number((out.metadata as Record<string, string>).resourceVersion));
    expect(kv).toMatchObject({ createRevision: 2, modRevision: 2, version: 1 });
  });

  it('shares one revision counter between stores on the same keyspace', async () => {
    const client = new MVCCStore();
    const podsStore = newStore(client);
    const other = new Store({
      client,
      codec: jsonCodec,
      prefix: '/registry',
      resourcePrefix: '/configmaps',
      groupResource: { group: '', resource: 'configmaps' },
    });
    await podsStore.create(podKey('ns', 'a'), makePod('ns', 'a'));
    const cm = await other.create('/configmaps/ns/c', { metadata: { name: 'c', namespace: 'ns' } });
    expect((cm.metadata as Record<string, string>).resourceVersion).toBe('3');
    const res = await podsStore.getList('/pods', { predicate: Everything, recursive: true });
    expect(res.resourceVersion).toBe('3');
  });

  it('attaches a lease for a ttl', async () => {
    const client = new MVCCStore();
    const store = newStore(client);
    await store.create(podKey('ns', 'a'), makePod('ns', 'a'), 3600);
    const kv = client.get('/registry/pods/ns/a')!;
    expect(client.leases().get(kv.lease)).toBe(3600);
    client.revokeLease(kv.lease);
    expect(client.get('/registry/pods/ns/a')).toBeUndefined();
  });

  it.each([
    ['/registry', '/registry/'],
    ['registry', '/registry/'],
    ['/registry/', '/registry/'],
    ['', '/'],
  ])('normalizes the prefix %j like path.Join("/", prefix)', async (prefix, want) => {
    const client = new MVCCStore();
    const store = new Store({
      client,
      codec: jsonCodec,
      prefix,
      resourcePrefix: '/pods',
      groupResource: { group: '', resource: 'pods' },
    });
    await store.create('/pods/ns/a', makePod('ns', 'a'));
    expect(client.dump().map((kv) => kv.key)).toEqual([`${want}pods/ns/a`]);
  });

  it.each([
    ['', 'resourcePrefix cannot be empty'],
    ['/', 'resourcePrefix cannot be /'],
    ['pods', 'resourcePrefix needs to start from /'],
  ])('refuses resourcePrefix %j', (resourcePrefix, message) => {
    expect(
      () =>
        new Store({
          client: new MVCCStore(),
          codec: jsonCodec,
          prefix: '/registry',
          resourcePrefix,
          groupResource: { group: '', resource: 'pods' },
        }),
    ).toThrow(message);
  });
});
