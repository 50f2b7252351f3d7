// Go twin: k8s.io/api/admissionregistration/v1/register.go (addKnownTypes) and
// k8s.io/kubernetes/pkg/apis/admissionregistration/v1 (zz_generated.conversion.go RegisterConversions,
// zz_generated.defaults.go RegisterDefaults) @ v1.34.0 — the webhook configuration kinds only.
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { admissionregistrationV1Conversions } from './conversion';
import {
  SetObjectDefaults_MutatingWebhookConfiguration,
  SetObjectDefaults_MutatingWebhookConfigurationList,
  SetObjectDefaults_ValidatingWebhookConfiguration,
  SetObjectDefaults_ValidatingWebhookConfigurationList,
} from './defaults';
import {
  V1MutatingWebhookConfiguration,
  V1MutatingWebhookConfigurationList,
  V1ValidatingWebhookConfiguration,
  V1ValidatingWebhookConfigurationList,
} from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'admissionregistration.k8s.io', version: 'v1' };

export function registerAdmissionregistrationV1(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    V1ValidatingWebhookConfiguration,
    V1ValidatingWebhookConfigurationList,
    V1MutatingWebhookConfiguration,
    V1MutatingWebhookConfigurationList,
  );
  for (const c of admissionregistrationV1Conversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(
    V1ValidatingWebhookConfiguration,
    SetObjectDefaults_ValidatingWebhookConfiguration,
    'SetObjectDefaults_ValidatingWebhookConfiguration',
  );
  scheme.addTypeDefaultingFunc(
    V1ValidatingWebhookConfigurationList,
    SetObjectDefaults_ValidatingWebhookConfigurationList,
    'SetObjectDefaults_ValidatingWebhookConfigurationList',
  );
  scheme.addTypeDefaultingFunc(
    V1MutatingWebhookConfiguration,
    SetObjectDefaults_MutatingWebhookConfiguration,
    'SetObjectDefaults_MutatingWebhookConfiguration',
  );
  scheme.addTypeDefaultingFunc(
    V1MutatingWebhookConfigurationList,
    SetObjectDefaults_MutatingWebhookConfigurationList,
    'SetObjectDefaults_MutatingWebhookConfigurationList',
  );
}
