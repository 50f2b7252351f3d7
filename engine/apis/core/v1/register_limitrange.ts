// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go, conversion.go and
// zz_generated.defaults.go (the LimitRange parts) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreLimitRange, CoreLimitRangeList } from '../limitrange_types';
import { limitRangeConversions } from './limitrange_conversion';
import { SetObjectDefaults_LimitRange, SetObjectDefaults_LimitRangeList } from './limitrange_defaults';
import { V1LimitRange, V1LimitRangeList } from './limitrange_types';

export function registerLimitRange(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreLimitRange, CoreLimitRangeList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1LimitRange, V1LimitRangeList);
  for (const c of limitRangeConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1LimitRange, SetObjectDefaults_LimitRange, 'SetObjectDefaults_LimitRange');
  scheme.addTypeDefaultingFunc(
    V1LimitRangeList,
    SetObjectDefaults_LimitRangeList,
    'SetObjectDefaults_LimitRangeList',
  );
}
