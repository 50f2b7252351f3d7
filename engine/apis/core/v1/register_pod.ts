// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go and core/v1/register.go (the Pod kinds),
// zz_generated.conversion.go / zz_generated.defaults.go registrations and conversion.go
// (addConversionFuncs: the Pod field label conversion) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { Pod as CorePod, PodList as CorePodList } from '../pod_types';
import {
  Convert_core_Pod_To_v1_Pod,
  Convert_core_PodList_To_v1_PodList,
  Convert_v1_Pod_To_core_Pod,
  Convert_v1_PodList_To_core_PodList,
} from './pod_conversion';
import { SetObjectDefaults_Pod, SetObjectDefaults_PodList } from './pod_defaults';
import { Pod, PodList } from './pod_types';

/** The field selectors pods support (besides which every label is an error). */
export const podSelectableFields = [
  'metadata.name',
  'metadata.namespace',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.schedulerName',
  'spec.serviceAccountName',
  'spec.hostNetwork',
  'status.phase',
  'status.podIP',
  'status.podIPs',
  'status.nominatedNodeName',
] as const;

/** The Pod field label conversion: the supported labels as is, `spec.host` (old clients) as spec.nodeName. */
export function podFieldLabelConversion(label: string, value: string): [string, string] {
  if ((podSelectableFields as readonly string[]).includes(label)) return [label, value];
  if (label === 'spec.host') return ['spec.nodeName', value];
  throw new Error(`field label not supported: ${label}`);
}

/** Registers Pod and PodList: internal and v1 types, conversions, defaulters, field label conversion. */
export function registerPod(scheme: Scheme): void {
  const internal = { group: '', version: APIVersionInternal };
  const v1 = { group: '', version: 'v1' };
  scheme.addKnownTypes(internal, CorePod, CorePodList);
  scheme.addKnownTypes(v1, Pod, PodList);

  scheme.addConversionFunc(Pod, CorePod, Convert_v1_Pod_To_core_Pod, 'Convert_v1_Pod_To_core_Pod');
  scheme.addConversionFunc(CorePod, Pod, Convert_core_Pod_To_v1_Pod, 'Convert_core_Pod_To_v1_Pod');
  scheme.addConversionFunc(
    PodList,
    CorePodList,
    Convert_v1_PodList_To_core_PodList,
    'Convert_v1_PodList_To_core_PodList',
  );
  scheme.addConversionFunc(
    CorePodList,
    PodList,
    Convert_core_PodList_To_v1_PodList,
    'Convert_core_PodList_To_v1_PodList',
  );

  scheme.addTypeDefaultingFunc(Pod, SetObjectDefaults_Pod, 'SetObjectDefaults_Pod');
  scheme.addTypeDefaultingFunc(PodList, SetObjectDefaults_PodList, 'SetObjectDefaults_PodList');

  scheme.addFieldLabelConversionFunc({ ...v1, kind: 'Pod' }, podFieldLabelConversion);
}
