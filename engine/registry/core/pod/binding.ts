// Go twin: k8s.io/kubernetes/pkg/registry/core/pod/storage/storage.go (BindingREST, LegacyBindingREST,
// assignPod, setPodNodeNameAndMetadata) and pkg/apis/core/validation (ValidatePodBinding) @ v1.34.0
//
// pods/binding (and the older top-level `bindings`) is create-only: a Binding is not stored, it sets the
// Pod's spec.nodeName — what the scheduler does for every Pod.
import { newBadRequest, newConflict, newInvalid } from '../../../api/errors/errors';
import { CoreBinding } from '../../../apis/core/v1/binding';
import type { RequestContext } from '../../../endpoints/request/context';
import { deepCopyObject, setType, type RuntimeObject } from '../../../runtime/object';
import { interpretUpdateError } from '../../../storage/errors/storage';
import { Preconditions } from '../../../storage/interfaces';
import { notSupported, required, type FieldError } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import type { CreateOptions, Store, ValidateObjectFunc } from '../../generic/registry/store';

interface Binding extends RuntimeObject {
  target?: { kind?: string; name?: string };
}

export function validatePodBinding(b: Binding): FieldError[] {
  const errs: FieldError[] = [];
  const kind = b.target?.kind ?? '';
  if (kind !== '' && kind !== 'Node')
    errs.push(notSupported(newPath('target', 'kind'), kind, ['Node', '<empty>']));
  if (!b.target?.name) errs.push(required(newPath('target', 'name'), ''));
  return errs;
}

const bindingResource = { group: '', resource: 'pods/binding' };

export class BindingREST {
  constructor(
    private readonly pods: Store,
    /** true for the top-level `bindings` resource, where the Binding's name names the Pod */
    private readonly legacy = false,
  ) {}

  newObject(): RuntimeObject {
    return setType({}, CoreBinding);
  }
  namespaceScoped(): boolean {
    return true;
  }

  async create(
    ctx: RequestContext,
    obj: RuntimeObject,
    _createValidation: ValidateObjectFunc | null,
    options: CreateOptions,
  ): Promise<RuntimeObject> {
    const binding = obj as Binding;
    const name = binding.metadata?.name ?? '';
    if (!this.legacy && options.name !== undefined && options.name !== name) {
      throw newBadRequest('name in URL does not match name in Binding object');
    }
    const errs = validatePodBinding(binding);
    if (errs.length > 0) throw newInvalid({ group: '', kind: 'Binding' }, name, errs);
    await this.assignPod(ctx, binding, name, binding.target!.name!, options.dryRun);
    // A Binding is never stored: the answer is a bare Success status.
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' };
  }

  private async assignPod(
    ctx: RequestContext,
    b: Binding,
    podName: string,
    node: string,
    dryRun: boolean,
  ): Promise<void> {
    const key = this.pods.keyFunc(ctx, podName);
    const pre = new Preconditions({
      ...(b.metadata?.uid ? { uid: b.metadata.uid } : {}),
      ...(b.metadata?.resourceVersion ? { resourceVersion: b.metadata.resourceVersion } : {}),
    });
    try {
      await this.pods.config.storage.guaranteedUpdate(
        key,
        false,
        pre,
        (current) => {
          const pod = deepCopyObject(current) as RuntimeObject & {
            spec?: { nodeName?: string; schedulingGates?: unknown[] };
            status?: { conditions?: { type: string; status: string; lastTransitionTime?: string }[] };
          };
          if (pod.metadata?.deletionTimestamp) {
            throw newConflict(
              bindingResource,
              podName,
              new Error(`pod ${podName} is being deleted, cannot be assigned to a host`),
            );
          }
          if (pod.spec?.nodeName) {
            throw newConflict(
              bindingResource,
              podName,
              new Error(`pod ${podName} is already assigned to node ${JSON.stringify(pod.spec.nodeName)}`),
            );
          }
          if ((pod.spec?.schedulingGates ?? []).length > 0) {
            throw newConflict(
              bindingResource,
              podName,
              new Error(`pod ${podName} has non-empty .spec.schedulingGates`),
            );
          }
          (pod.spec ??= {}).nodeName = node;
          const annotations = b.metadata?.annotations;
          if (annotations)
            pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata?.annotations, ...annotations } };
          const status = (pod.status ??= {});
          const conditions = (status.conditions ??= []).filter((c) => c.type !== 'PodScheduled');
          // podutil.UpdatePodCondition stamps the transition time
          const now = this.pods.config.env
            .now()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
          status.conditions = [
            ...conditions,
            { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
          ];
          return { obj: pod };
        },
        dryRun,
        undefined,
        ctx.observer,
      );
    } catch (e) {
      throw interpretUpdateError(e, { group: '', resource: 'pods' }, podName);
    }
  }
}
