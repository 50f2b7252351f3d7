// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go and conversion.go
// (the ServiceAccount parts; Go generates no defaulter for ServiceAccount) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreServiceAccount, CoreServiceAccountList } from '../serviceaccount_types';
import { serviceaccountConversions } from './serviceaccount_conversion';
import { V1ServiceAccount, V1ServiceAccountList } from './serviceaccount_types';

export function registerServiceAccount(scheme: Scheme): void {
  scheme.addKnownTypes(
    { group: '', version: APIVersionInternal },
    CoreServiceAccount,
    CoreServiceAccountList,
  );
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1ServiceAccount, V1ServiceAccountList);
  for (const c of serviceaccountConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
}
