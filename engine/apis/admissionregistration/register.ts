// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/register.go (SchemeGroupVersion, addKnownTypes)
// @ v1.34.0 — only the webhook configuration kinds are modelled.
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import {
  AdmissionregistrationMutatingWebhookConfiguration,
  AdmissionregistrationMutatingWebhookConfigurationList,
  AdmissionregistrationValidatingWebhookConfiguration,
  AdmissionregistrationValidatingWebhookConfigurationList,
} from './types';

export const GroupName = 'admissionregistration.k8s.io';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerAdmissionregistrationInternal(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    AdmissionregistrationValidatingWebhookConfiguration,
    AdmissionregistrationValidatingWebhookConfigurationList,
    AdmissionregistrationMutatingWebhookConfiguration,
    AdmissionregistrationMutatingWebhookConfigurationList,
  );
}
