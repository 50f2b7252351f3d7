// Go twin: k8s.io/apiserver/pkg/registry/generic/registry/dryrun.go (DryRunnableStorage) @ v1.34.0
// With dryRun the request goes through every step, but the etcd write is skipped and the would-be result
// is returned instead.
import type {
  Interface,
  Obj,
  Preconditions,
  UpdateFunc,
  ValidateObjectFunc,
} from '../../../storage/interfaces';
import { newKeyExistsError } from '../../../storage/errors';
import type { Codec } from '../../../storage/interfaces';

export class DryRunnableStorage {
  constructor(
    readonly storage: Interface,
    private readonly codec: Codec,
  ) {}

  async create(key: string, obj: Obj, dryRun: boolean): Promise<Obj> {
    if (!dryRun) return this.storage.create(key, obj);
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
  ): Promise<Obj> {
    if (!dryRun) return this.storage.delete(key, preconditions, validate, cached);
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
  ): Promise<Obj> {
    if (!dryRun) return this.storage.guaranteedUpdate(key, ignoreNotFound, preconditions, tryUpdate, cached);
    const existing = await this.storage.get(key, { ignoreNotFound });
    preconditions?.check(key, existing);
    const rv = this.storage.versioner().objectResourceVersion(existing);
    const { obj } = await tryUpdate(existing, { ttl: 0, resourceVersion: rv });
    return this.copyViaCodec(obj);
  }

  /** Round-trips through the storage codec, as the real write would, without writing. */
  private copyViaCodec(obj: Obj): Obj {
    return this.codec.decode(this.codec.encode(obj));
  }
}
