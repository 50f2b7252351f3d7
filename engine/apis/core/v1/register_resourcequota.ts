// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go and conversion.go (the
// ResourceQuota parts) @ v1.34.0. ResourceQuota has no defaulters.
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreResourceQuota, CoreResourceQuotaList } from '../resourcequota_types';
import { resourceQuotaConversions } from './resourcequota_conversion';
import { V1ResourceQuota, V1ResourceQuotaList } from './resourcequota_types';

export function registerResourceQuota(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreResourceQuota, CoreResourceQuotaList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1ResourceQuota, V1ResourceQuotaList);
  for (const c of resourceQuotaConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
}
