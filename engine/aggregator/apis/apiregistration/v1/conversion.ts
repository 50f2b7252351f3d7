// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/zz_generated.conversion.go
// (Convert_v1_APIService_To_apiregistration_APIService and back, the Lists, and
// Convert_v1_ServiceReference_To_apiregistration_ServiceReference, which goes through
// metav1.Convert_Pointer_int32_To_int32 / Convert_int32_To_Pointer_int32) @ v1.34.0
//
// Field-for-field copies except `spec.service.port`: *int32 outside, int32 inside. A nil port becomes 0 on
// the way in; on the way out the pointer is always set. v1beta1 uses the same functions under its own names.
import { isObject, type GoType, type RuntimeObject } from '../../../../runtime/object';
import { convertList, copyStructFields } from '../../../../apis/core/v1/structural_copy';
import { APIRegistrationAPIService, APIRegistrationAPIServiceList } from '../types';
import { V1APIService, V1APIServiceList } from './types';

function portOf(spec: unknown, convert: (port: unknown) => unknown): void {
  if (!isObject(spec) || !isObject(spec['service'])) return;
  const service = spec['service'];
  service['port'] = convert(service['port']);
}

/** external → internal (metav1.Convert_Pointer_int32_To_int32: nil → 0) */
export function convertAPIServiceToInternal(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
  portOf(out.spec, (p) => (typeof p === 'number' ? p : 0));
}

/** internal → external (metav1.Convert_int32_To_Pointer_int32: always a pointer) */
export function convertAPIServiceToExternal(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
  portOf(out.spec, (p) => (typeof p === 'number' ? p : 0));
}

export interface ConversionEntry {
  from: GoType;
  to: GoType;
  fn: (input: RuntimeObject, out: RuntimeObject) => void;
  name: string;
}

/** The four conversions between one external version and the internal types, named as Go names them. */
export function apiServiceConversions(
  version: string,
  external: GoType,
  externalList: GoType,
): ConversionEntry[] {
  const v = version;
  return [
    {
      from: external,
      to: APIRegistrationAPIService,
      fn: convertAPIServiceToInternal,
      name: `Convert_${v}_APIService_To_apiregistration_APIService`,
    },
    {
      from: APIRegistrationAPIService,
      to: external,
      fn: convertAPIServiceToExternal,
      name: `Convert_apiregistration_APIService_To_${v}_APIService`,
    },
    {
      from: externalList,
      to: APIRegistrationAPIServiceList,
      fn: (input, out) => convertList(input, out, APIRegistrationAPIService, convertAPIServiceToInternal),
      name: `Convert_${v}_APIServiceList_To_apiregistration_APIServiceList`,
    },
    {
      from: APIRegistrationAPIServiceList,
      to: externalList,
      fn: (input, out) => convertList(input, out, external, convertAPIServiceToExternal),
      name: `Convert_apiregistration_APIServiceList_To_${v}_APIServiceList`,
    },
  ];
}

export const v1Conversions = apiServiceConversions('v1', V1APIService, V1APIServiceList);
