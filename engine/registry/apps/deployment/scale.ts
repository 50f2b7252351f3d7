// Go twin: k8s.io/kubernetes/pkg/registry/apps/deployment/storage/storage.go (ScaleREST,
// scaleFromDeployment, scaleUpdatedObjectInfo) @ v1.34.0
//
// deployments/scale speaks autoscaling/v1 Scale: a view of the Deployment's replicas and selector. Writing a
// Scale writes the Deployment underneath (spec.replicas), at the Scale's resourceVersion.
import { newConflict, newInvalid } from '../../../api/errors/errors';
import { validateScale } from '../../../apis/autoscaling/validation/validation';
import { AutoscalingScale } from '../../../apis/autoscaling/types';
import type { RequestContext } from '../../../endpoints/request/context';
import { deepCopyObject, setType, type RuntimeObject } from '../../../runtime/object';
import type { GroupVersion, GroupVersionKind } from '../../../runtime/schema/groupversion';
import { labelSelectorAsSelector, type LabelSelector } from '../../../util/labels/labelselector';
import type { Store, UpdatedObjectInfo } from '../../generic/registry/store';

interface DeploymentLike extends RuntimeObject {
  spec?: { replicas?: number; selector?: LabelSelector };
  status?: { replicas?: number };
}

/** scaleFromDeployment: only name, namespace, uid, resourceVersion and creationTimestamp carry over. */
export function scaleFromDeployment(d: DeploymentLike): RuntimeObject {
  const m = d.metadata ?? {};
  const metadata: Record<string, unknown> = {};
  for (const k of ['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp'] as const) {
    if (m[k] !== undefined) metadata[k] = m[k];
  }
  const selector = labelSelectorAsSelector(d.spec?.selector ?? null).string();
  const scale = {
    metadata,
    spec: { ...(d.spec?.replicas !== undefined ? { replicas: d.spec.replicas } : {}) },
    status: { replicas: d.status?.replicas ?? 0, ...(selector ? { selector } : {}) },
  };
  return setType(scale, AutoscalingScale);
}

export class ScaleREST {
  constructor(private readonly store: Store) {}

  /** GroupVersionKindProvider: the subresource serves autoscaling/v1 Scale whatever group it lives in. */
  groupVersionKind(_containingGV: GroupVersion): GroupVersionKind {
    return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  }
  newObject(): RuntimeObject {
    return setType({}, AutoscalingScale);
  }
  namespaceScoped(): boolean {
    return true;
  }

  async get(ctx: RequestContext, name: string): Promise<RuntimeObject> {
    return scaleFromDeployment(await this.store.get(ctx, name));
  }

  async update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    _createValidation: unknown,
    _updateValidation: unknown,
    _forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    const scaleInfo: UpdatedObjectInfo = {
      preconditions: () => objInfo.preconditions(),
      updatedObject: async (c, oldObj) => {
        const deployment = deepCopyObject(oldObj) as DeploymentLike;
        const scale = (await objInfo.updatedObject(c, scaleFromDeployment(deployment))) as DeploymentLike & {
          spec?: { replicas?: number };
        };
        const errs = validateScale(scale as unknown as Parameters<typeof validateScale>[0]);
        if (errs.length > 0)
          throw newInvalid({ group: 'autoscaling', kind: 'Scale' }, deployment.metadata?.name ?? name, errs);
        const uid = scale.metadata?.uid;
        if (uid && uid !== deployment.metadata?.uid) {
          throw newConflict(
            { group: 'apps', resource: 'deployments' },
            name,
            new Error(
              `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${deployment.metadata?.uid ?? ''}`,
            ),
          );
        }
        (deployment.spec ??= {}).replicas = scale.spec?.replicas ?? 0;
        (deployment.metadata ??= {}).resourceVersion = scale.metadata?.resourceVersion ?? '';
        return deployment;
      },
    };
    const { obj } = await this.store.update(ctx, name, scaleInfo, null, null, false, options);
    return { obj: scaleFromDeployment(obj), created: false };
  }
}
