// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresource/etcd.go (NewStorage, CustomResourceStorage,
// StatusREST, ScaleREST, scaleFromCustomResource, scaleUpdatedObjectInfo) @ v1.34.0
//
// One generic Store per served version over the same keys, `/registry/<group>/<plural>/[<namespace>/]<name>`,
// holding JSON (custom resources are JSON in etcd), plus the /status and /scale views of it.
import { newBadRequest, newInternalError } from '../../../api/errors/errors';
import { AutoscalingScale, type Scale } from '../../../apis/autoscaling/types';
import type { RequestContext } from '../../../endpoints/request/context';
import type { TablePrinter } from '../../../printers/printers';
import { StatusREST } from '../../../registry/generic/registry/status';
import {
  Store,
  type StoreEnv,
  type UpdatedObjectInfo,
  type ValidateObjectFunc,
  type ValidateObjectUpdateFunc,
} from '../../../registry/generic/registry/store';
import type { DryRunnableStorage } from '../../../registry/generic/registry/dryrun';
import type { ResourceStrategy } from '../../../registry/rest/create';
import { deepCopyObject, setType, type RuntimeObject } from '../../../runtime/object';
import { unstructuredType } from '../../../runtime/scheme';
import {
  gvString,
  type GroupResource,
  type GroupVersion,
  type GroupVersionKind,
} from '../../../runtime/schema/groupversion';
import { isObject } from '../../../util/json/value';
import type { CustomResourceSubresourceScale } from '../../apis/apiextensions/types';
import { nestedInt64, nestedString } from './validator';

export interface CustomResourceStorageConfig {
  resource: GroupResource;
  kind: GroupVersionKind;
  strategy: ResourceStrategy;
  statusStrategy?: ResourceStrategy;
  scale?: CustomResourceSubresourceScale;
  storage: DryRunnableStorage;
  keyRoot: string;
  env: StoreEnv;
  categories?: string[];
  tablePrinter: TablePrinter;
}

export interface CustomResourceStorage {
  customResource: Store;
  status?: StatusREST;
  scale?: ScaleREST;
}

export function newCustomResourceStorage(c: CustomResourceStorageConfig): CustomResourceStorage {
  const newFunc = () => setType({ apiVersion: gvString(c.kind), kind: c.kind.kind }, unstructuredType);
  const base = { qualifiedResource: c.resource, keyRoot: c.keyRoot, storage: c.storage, newFunc, env: c.env };
  const customResource = new Store({
    ...base,
    strategy: c.strategy,
    tablePrinter: c.tablePrinter,
    ...(c.categories?.length ? { categories: c.categories } : {}),
    ...(c.statusStrategy ? { resetFields: ['status'] } : {}),
  });
  const out: CustomResourceStorage = { customResource };
  if (c.statusStrategy) {
    const statusStore = new Store({ ...base, strategy: c.statusStrategy, resetFields: ['spec', 'metadata'] });
    out.status = new StatusREST(statusStore);
  }
  if (c.scale) out.scale = new ScaleREST(customResource, c.scale, c.strategy.namespaceScoped());
  return out;
}

const trimDot = (p: string) => p.replace(/^\./, '');

/** scaleFromCustomResource: an autoscaling Scale read from the replicas and selector paths. */
export function scaleFromCustomResource(
  cr: RuntimeObject,
  specReplicasPath: string,
  statusReplicasPath: string,
  labelSelectorPath: string,
): { scale: Scale; replicasFound: boolean } {
  const spec = nestedInt64(cr, specReplicasPath);
  const status = nestedInt64(cr, statusReplicasPath);
  const selector = labelSelectorPath ? nestedString(cr, labelSelectorPath).value : '';
  const m = cr.metadata ?? {};
  const metadata: Record<string, unknown> = {};
  for (const k of ['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp'] as const) {
    if (m[k] !== undefined && m[k] !== null) metadata[k] = m[k];
  }
  const scale: Scale = {
    metadata,
    spec: { replicas: spec.value },
    status: { replicas: status.value, ...(selector ? { selector } : {}) },
  };
  return { scale: setType(scale, AutoscalingScale), replicasFound: spec.found };
}

/** unstructured.SetNestedField, creating the maps on the way. */
function setNestedField(obj: RuntimeObject, path: string, value: unknown): void {
  const fields = path.split('.');
  let cur: Record<string, unknown> = obj;
  for (const f of fields.slice(0, -1)) {
    if (!isObject(cur[f])) cur[f] = {};
    cur = cur[f] as Record<string, unknown>;
  }
  cur[fields[fields.length - 1]!] = value;
}

/** the value Go puts in an unset spec.replicas so that a patch that leaves it unset can be told apart */
const invalidSpecReplicas = -2147483648;

export class ScaleREST {
  private readonly specReplicasPath: string;
  private readonly statusReplicasPath: string;
  private readonly labelSelectorPath: string;

  constructor(
    private readonly store: Store,
    scale: CustomResourceSubresourceScale,
    private readonly namespaced: boolean,
  ) {
    this.specReplicasPath = trimDot(scale.specReplicasPath);
    this.statusReplicasPath = trimDot(scale.statusReplicasPath);
    this.labelSelectorPath = trimDot(scale.labelSelectorPath ?? '');
  }

  groupVersionKind(_containingGV: GroupVersion): GroupVersionKind {
    return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  }
  newObject(): RuntimeObject {
    return setType({}, AutoscalingScale);
  }
  namespaceScoped(): boolean {
    return this.namespaced;
  }

  private scaleOf(cr: RuntimeObject) {
    return scaleFromCustomResource(
      cr,
      this.specReplicasPath,
      this.statusReplicasPath,
      this.labelSelectorPath,
    );
  }

  async get(ctx: RequestContext, name: string): Promise<RuntimeObject> {
    const { scale, replicasFound } = this.scaleOf(await this.store.get(ctx, name));
    if (!replicasFound)
      throw newInternalError(
        new Error(`the spec replicas field ${JSON.stringify(this.specReplicasPath)} does not exist`),
      );
    return scale;
  }

  async update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    _forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    const scaleInfo: UpdatedObjectInfo = {
      preconditions: () => objInfo.preconditions(),
      updatedObject: async (c, oldObj) => {
        const cr = deepCopyObject(oldObj);
        const { scale: oldScale, replicasFound } = this.scaleOf(cr);
        // signal that this was not set before
        if (!replicasFound) oldScale.spec = { replicas: invalidSpecReplicas };
        const scale = (await objInfo.updatedObject(c, oldScale)) as Scale;
        if (scale.spec?.replicas === invalidSpecReplicas)
          throw newBadRequest(
            `the spec replicas field ${JSON.stringify(this.specReplicasPath)} cannot be empty`,
          );
        setNestedField(cr, this.specReplicasPath, scale.spec?.replicas ?? 0);
        // The client provided a resourceVersion precondition: conflicts go back to the client.
        if (scale.metadata?.resourceVersion)
          (cr.metadata ??= {}).resourceVersion = scale.metadata.resourceVersion;
        return cr;
      },
    };
    // admission saw the Scale; the custom resource underneath is what the registry validates
    const toScale = (o: RuntimeObject) => this.scaleOf(o).scale;
    const { obj } = await this.store.update(
      ctx,
      name,
      scaleInfo,
      createValidation ? (o) => createValidation(toScale(o)) : null,
      updateValidation ? (o, old) => updateValidation(toScale(o), toScale(old)) : null,
      false,
      options,
    );
    return { obj: this.scaleOf(obj).scale, created: false };
  }
}
