// Go twin: k8s.io/api/core/v1/types.go (PodTemplateSpec) @ v1.34.0
// The pod template that workloads (Deployment, ReplicaSet, …) embed: object metadata and a PodSpec.
import { objectMeta } from '../../meta/v1/types';
import { opt, struct, t, type StructDef } from '../../../runtime/gotype';
import { PodSpecDef } from './pod_types';

const pkg = 'k8s.io/api/core/v1';

export const PodTemplateSpecDef: StructDef = struct(pkg, 'PodTemplateSpec', [
  objectMeta(),
  opt(
    'spec',
    t.struct(() => PodSpecDef),
    {
      doc: 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  ),
]);
