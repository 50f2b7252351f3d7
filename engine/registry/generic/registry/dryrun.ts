// Go twin: k8s.io/apiserver/pkg/registry/generic/registry/dryrun.go (DryRunnableStorage) @ v1.34.0
// With dryRun the request goes through every step, but the etcd write is skipped and the would-be result
// is returned instead. It is also where a traced request sees what is written to etcd.
import type { RequestObserver } from '../../../endpoints/request/context';
import { newKeyExistsError } from '../../../storage/errors';
import type {
  Codec,
  Interface,
  Obj,
  Preconditions,
  UpdateFunc,
  ValidateObjectFunc,
} from '../../../storage/interfaces';

const rvOf = (o: Obj) =>
  Number((o.metadata as { resourceVersion?: string } | undefined)?.resourceVersion ?? 0);

export class DryRunnableStorage {
  constructor(
    readonly storage: Interface,
    private readonly codec: Codec,
    /** e.g. `pods` or `deployments.apps`, for traces */
    private readonly resource = '',
    /** the etcd prefix, so traces show whole keys */
    private readonly prefix = '',
  ) {}

  /** For a traced request: the bytes this object becomes in etcd (without its resourceVersion). */
  private traceEncode(obj: Obj, observer?: RequestObserver): void {
    if (!observer?.onStorageEncode) return;
    const copy = this.codec.decode(this.codec.encode(obj));
    const meta = copy.metadata as { resourceVersion?: string; selfLink?: string } | undefined;
    if (meta) {
      delete meta.resourceVersion;
      delete meta.selfLink;
    }
    observer.onStorageEncode(this.resource, obj, this.codec.encode(copy));
  }

  async create(key: string, obj: Obj, dryRun: boolean, observer?: RequestObserver): Promise<Obj> {
    this.traceEncode(obj, observer);
    if (!dryRun) {
      const out = await this.storage.create(key, obj);
      observer?.onEtcdTxn?.({ type: 'PUT', key: this.prefix + key, revision: rvOf(out) });
      return out;
    }
    const existing = await this.storage.get(key, { ignoreNotFound: true });
    if (existing.metadata && (existing.metadata as { resourceVersion?: string }).resourceVersion) {
      throw newKeyExistsError(key, 0);
    }
    return this.copyViaCodec(obj);
  }

  async delete(
    key: string,
    preconditions: Preconditions | null,
    validate: ValidateObjectFunc,
    dryRun: boolean,
    cached?: Obj,
    observer?: RequestObserver,
  ): Promise<Obj> {
    if (!dryRun) {
      const out = await this.storage.delete(key, preconditions, validate, cached);
      observer?.onEtcdTxn?.({
        type: 'DELETE',
        key: this.prefix + key,
        revision: await this.storage.getCurrentResourceVersion(),
      });
      return out;
    }
    const existing = await this.storage.get(key, {});
    preconditions?.check(key, existing);
    await validate(existing);
    return existing;
  }

  async guaranteedUpdate(
    key: string,
    ignoreNotFound: boolean,
    preconditions: Preconditions | null,
    tryUpdate: UpdateFunc,
    dryRun: boolean,
    cached?: Obj,
    observer?: RequestObserver,
  ): Promise<Obj> {
    const traced: UpdateFunc = async (input, res) => {
      const r = await tryUpdate(input, res);
      this.traceEncode(r.obj, observer);
      return r;
    };
    if (!dryRun) {
      const before = await this.storage.getCurrentResourceVersion();
      const out = await this.storage.guaranteedUpdate(
        key,
        ignoreNotFound,
        preconditions,
        observer ? traced : tryUpdate,
        cached,
      );
      // A no-op update writes nothing: no transaction, the resourceVersion stays.
      if (rvOf(out) > before)
        observer?.onEtcdTxn?.({ type: 'PUT', key: this.prefix + key, revision: rvOf(out) });
      return out;
    }
    const existing = await this.storage.get(key, { ignoreNotFound });
    preconditions?.check(key, existing);
    const rv = this.storage.versioner().objectResourceVersion(existing);
    const { obj } = await (observer ? traced : tryUpdate)(existing, { ttl: 0, resourceVersion: rv });
    return this.copyViaCodec(obj);
  }

  /** Round-trips through the storage codec, as the real write would, without writing. */
  private copyViaCodec(obj: Obj): Obj {
    return this.codec.decode(this.codec.encode(obj));
  }
}
