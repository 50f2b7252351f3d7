// Go twin: k8s.io/api/autoscaling/v1/types.go (Scale, ScaleSpec, ScaleStatus) @ v1.34.0
import { objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/autoscaling/v1';

export const ScaleSpecDef: StructDef = struct(pkg, 'ScaleSpec', [
  opt('replicas', t.int32, { doc: 'replicas is the desired number of instances for the scaled object.' }),
]);

export const ScaleStatusDef: StructDef = struct(pkg, 'ScaleStatus', [
  req('replicas', t.int32, {
    doc: 'replicas is the actual number of observed instances of the scaled object.',
  }),
  opt('selector', t.string, {
    doc: 'selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by clients. The string will be in the same format as the query-param syntax. More info about label selectors: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels',
  }),
]);

export const ScaleDef: StructDef = struct(pkg, 'Scale', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => ScaleSpecDef),
    {
      doc: 'spec defines the behavior of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status.',
    },
  ),
  opt(
    'status',
    t.struct(() => ScaleStatusDef),
    {
      doc: 'status is the current status of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status. Read-only.',
    },
  ),
]);

/** autoscaling/v1 Scale: the body of the `deployments/scale` and `replicasets/scale` subresources. */
export const V1Scale: GoType = { pkg, name: 'Scale', def: ScaleDef };
