// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_Service_To_core_Service and
// back) @ v1.34.0. v1 and internal Service have the same fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreService, CoreServiceList } from '../service_types';
import { V1Service, V1ServiceList } from './service_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_Service_To_core_Service(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_core_Service_To_v1_Service(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_v1_ServiceList_To_core_ServiceList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, CoreService, Convert_v1_Service_To_core_Service);
}

export function Convert_core_ServiceList_To_v1_ServiceList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, V1Service, Convert_core_Service_To_v1_Service);
}

export const serviceConversions = [
  {
    from: V1Service,
    to: CoreService,
    fn: Convert_v1_Service_To_core_Service,
    name: 'Convert_v1_Service_To_core_Service',
  },
  {
    from: CoreService,
    to: V1Service,
    fn: Convert_core_Service_To_v1_Service,
    name: 'Convert_core_Service_To_v1_Service',
  },
  {
    from: V1ServiceList,
    to: CoreServiceList,
    fn: Convert_v1_ServiceList_To_core_ServiceList,
    name: 'Convert_v1_ServiceList_To_core_ServiceList',
  },
  {
    from: CoreServiceList,
    to: V1ServiceList,
    fn: Convert_core_ServiceList_To_v1_ServiceList,
    name: 'Convert_core_ServiceList_To_v1_ServiceList',
  },
];
