// Go twin: the StatusREST types of pkg/registry/<group>/<resource>/storage/storage.go (e.g. pods/status,
// deployments/status) @ v1.34.0: Get and Update only, through a Store that uses the status strategy (which
// keeps spec and metadata changes out of a status write).
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { Store, UpdatedObjectInfo, ValidateObjectFunc, ValidateObjectUpdateFunc } from './store';

export class StatusREST {
  readonly resetFields: string[];

  constructor(private readonly store: Store) {
    this.resetFields = store.resetFields ?? [];
  }

  newObject(): RuntimeObject {
    return this.store.newObject();
  }
  namespaceScoped(): boolean {
    return this.store.namespaceScoped();
  }
  get(ctx: RequestContext, name: string, resourceVersion?: string): Promise<RuntimeObject> {
    return this.store.get(ctx, name, resourceVersion);
  }
  /** Status updates never create the object (forceAllowCreate is always false). */
  update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    _forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    return this.store.update(ctx, name, objInfo, createValidation, updateValidation, false, options);
  }
}
