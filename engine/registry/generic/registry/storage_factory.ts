// Go twin: k8s.io/apiserver/pkg/server/storage/storage_factory.go (DefaultStorageFactory.NewConfig,
// ResourcePrefix) and storage_codec.go (NewStorageCodec) @ v1.34.0
//
// Each resource is stored under /registry/<prefix>/… encoded in its group's storage version (the
// highest-priority version: apps/v1 for Deployments, v1 for Pods), and decoded — defaulted, converted to
// internal — on every read.
import { deepCopyObject, type RuntimeObject } from '../../../runtime/object';
import { groupVersioner, internalGroupVersioner, type Scheme } from '../../../runtime/scheme';
import type { CodecFactory } from '../../../runtime/serializer/codec_factory';
import type { GroupResource, GroupVersion } from '../../../runtime/schema/groupversion';
import type { MVCCStore } from '../../../storage/etcd3/mvcc';
import { Store as Etcd3Store } from '../../../storage/etcd3/store';
import type { Codec } from '../../../storage/interfaces';
import { DryRunnableStorage } from './dryrun';

export interface StorageFactoryConfig {
  client: MVCCStore;
  /** --etcd-prefix */
  prefix: string;
  scheme: Scheme;
  codecs: CodecFactory;
  /** per-resource overrides of the key prefix, e.g. services → services/specs */
  resourcePrefixOverrides?: Record<string, string>;
}

/** StorageEncodingFor: the group's first prioritized version. */
export function storageVersionFor(scheme: Scheme, group: string): GroupVersion {
  const gv = scheme.prioritizedVersionsForGroup(group)[0];
  if (!gv) throw new Error(`no storage version for group ${JSON.stringify(group)}`);
  return gv;
}

/**
 * NewStorageCodec: encode to the storage version, decode (with defaulting) to the internal version.
 *
 * Decoded objects are remembered by their stored bytes, so reading the same revision again costs a copy
 * instead of parse + default + convert. This plays the part of kube-apiserver's watch cache
 * (storage/cacher), which keeps decoded objects for the same reason; callers always get their own copy.
 */
export function storageCodec(codecs: CodecFactory, storageVersion: GroupVersion, cacheSize = 50_000): Codec {
  const codec = codecs.codecForVersions(
    codecs.json(),
    groupVersioner(storageVersion),
    internalGroupVersioner,
  );
  const decoded = new Map<string, RuntimeObject>();
  return {
    encode: (obj) => codec.encode(obj as RuntimeObject),
    decode: (data) => {
      let obj = decoded.get(data);
      if (!obj) {
        obj = codec.decode(data, null, null).obj;
        if (decoded.size >= cacheSize) decoded.delete(decoded.keys().next().value!);
        decoded.set(data, obj);
      }
      return deepCopyObject(obj) as Record<string, unknown>;
    },
  };
}

export interface ResourceStorageParts {
  storage: DryRunnableStorage;
  /** `/pods`: the key root below the etcd prefix */
  keyRoot: string;
  storageVersion: GroupVersion;
}

export function newStorage(
  cfg: StorageFactoryConfig,
  gr: GroupResource,
  newFunc: () => RuntimeObject,
): ResourceStorageParts {
  const storageVersion = storageVersionFor(cfg.scheme, gr.group);
  const codec = storageCodec(cfg.codecs, storageVersion);
  const resourcePrefix = '/' + (cfg.resourcePrefixOverrides?.[gr.resource] ?? gr.resource.toLowerCase());
  const store = new Etcd3Store({
    client: cfg.client,
    codec,
    prefix: cfg.prefix,
    resourcePrefix,
    groupResource: gr,
    newFunc,
  });
  const resourceName = gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
  return {
    storage: new DryRunnableStorage(store, codec, resourceName, cfg.prefix),
    keyRoot: resourcePrefix,
    storageVersion,
  };
}
