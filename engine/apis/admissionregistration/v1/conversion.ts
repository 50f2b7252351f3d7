// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/v1/zz_generated.conversion.go
// (Convert_v1_MutatingWebhookConfiguration_To_admissionregistration_MutatingWebhookConfiguration and the others)
// @ v1.34.0. v1 and the internal types have the same JSON fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import type { ConversionFunc } from '../../../runtime/scheme';
import type { GoType } from '../../../runtime/object';
import { convertList, copyStructFields } from '../../core/v1/structural_copy';
import {
  AdmissionregistrationMutatingWebhookConfiguration as InternalMutating,
  AdmissionregistrationMutatingWebhookConfigurationList as InternalMutatingList,
  AdmissionregistrationValidatingWebhookConfiguration as InternalValidating,
  AdmissionregistrationValidatingWebhookConfigurationList as InternalValidatingList,
} from '../types';
import {
  V1MutatingWebhookConfiguration,
  V1MutatingWebhookConfigurationList,
  V1ValidatingWebhookConfiguration,
  V1ValidatingWebhookConfigurationList,
} from './types';

const copy = (input: RuntimeObject, out: RuntimeObject): void => copyStructFields(input, out);
const listOf =
  (item: GoType): ConversionFunc =>
  (input, out) =>
    convertList(input, out, item, copy);

export interface Conversion {
  from: GoType;
  to: GoType;
  fn: ConversionFunc;
  name: string;
}

/** The generated conversions, both ways, for both configuration kinds and their lists. */
export const admissionregistrationV1Conversions: Conversion[] = [
  {
    from: V1ValidatingWebhookConfiguration,
    to: InternalValidating,
    fn: copy,
    name: 'Convert_v1_ValidatingWebhookConfiguration_To_admissionregistration_ValidatingWebhookConfiguration',
  },
  {
    from: InternalValidating,
    to: V1ValidatingWebhookConfiguration,
    fn: copy,
    name: 'Convert_admissionregistration_ValidatingWebhookConfiguration_To_v1_ValidatingWebhookConfiguration',
  },
  {
    from: V1ValidatingWebhookConfigurationList,
    to: InternalValidatingList,
    fn: listOf(InternalValidating),
    name: 'Convert_v1_ValidatingWebhookConfigurationList_To_admissionregistration_ValidatingWebhookConfigurationList',
  },
  {
    from: InternalValidatingList,
    to: V1ValidatingWebhookConfigurationList,
    fn: listOf(V1ValidatingWebhookConfiguration),
    name: 'Convert_admissionregistration_ValidatingWebhookConfigurationList_To_v1_ValidatingWebhookConfigurationList',
  },
  {
    from: V1MutatingWebhookConfiguration,
    to: InternalMutating,
    fn: copy,
    name: 'Convert_v1_MutatingWebhookConfiguration_To_admissionregistration_MutatingWebhookConfiguration',
  },
  {
    from: InternalMutating,
    to: V1MutatingWebhookConfiguration,
    fn: copy,
    name: 'Convert_admissionregistration_MutatingWebhookConfiguration_To_v1_MutatingWebhookConfiguration',
  },
  {
    from: V1MutatingWebhookConfigurationList,
    to: InternalMutatingList,
    fn: listOf(InternalMutating),
    name: 'Convert_v1_MutatingWebhookConfigurationList_To_admissionregistration_MutatingWebhookConfigurationList',
  },
  {
    from: InternalMutatingList,
    to: V1MutatingWebhookConfigurationList,
    fn: listOf(V1MutatingWebhookConfiguration),
    name: 'Convert_admissionregistration_MutatingWebhookConfigurationList_To_v1_MutatingWebhookConfigurationList',
  },
];
