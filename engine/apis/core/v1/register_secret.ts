// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go, conversion.go and
// zz_generated.defaults.go (the Secret parts) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreSecret, CoreSecretList } from '../secret_types';
import { secretConversions } from './secret_conversion';
import { SetObjectDefaults_Secret, SetObjectDefaults_SecretList } from './secret_defaults';
import { fieldLabelsFunc } from './field_labels';
import { V1Secret, V1SecretList } from './secret_types';

export function registerSecret(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreSecret, CoreSecretList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1Secret, V1SecretList);
  for (const c of secretConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1Secret, SetObjectDefaults_Secret, 'SetObjectDefaults_Secret');
  scheme.addTypeDefaultingFunc(V1SecretList, SetObjectDefaults_SecretList, 'SetObjectDefaults_SecretList');
  scheme.addFieldLabelConversionFunc(
    { group: '', version: 'v1', kind: 'Secret' },
    fieldLabelsFunc(['type', 'metadata.namespace', 'metadata.name']),
  );
}
