// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/conversion.go (Convert_v1_Secret_To_core_Secret) and
// zz_generated.conversion.go @ v1.34.0. The internal Secret has no stringData (`+k8s:conversion-gen=false`):
// v1 → internal merges each stringData entry into data, overwriting; so a stored Secret never has stringData.
import { isObject, setOwn, type RuntimeObject } from '../../../runtime/object';
import { CoreSecret, CoreSecretList } from '../secret_types';
import { V1Secret, V1SecretList } from './secret_types';
import { convertList, copyStructFields, utf8ToBase64 } from './structural_copy';

export function Convert_v1_Secret_To_core_Secret(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out, ['stringData']);
  const stringData = input.stringData;
  // len(in.StringData) > 0
  if (isObject(stringData) && Object.keys(stringData).length > 0) {
    if (!isObject(out.data)) out.data = {};
    const data = out.data as Record<string, unknown>;
    for (const key of Object.keys(stringData)) {
      const v = stringData[key];
      setOwn(data, key, utf8ToBase64(typeof v === 'string' ? v : ''));
    }
  }
}

export function Convert_core_Secret_To_v1_Secret(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out, ['stringData']);
}

export function Convert_v1_SecretList_To_core_SecretList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, CoreSecret, Convert_v1_Secret_To_core_Secret);
}

export function Convert_core_SecretList_To_v1_SecretList(input: RuntimeObject, out: RuntimeObject): void {
  convertList(input, out, V1Secret, Convert_core_Secret_To_v1_Secret);
}

export const secretConversions = [
  {
    from: V1Secret,
    to: CoreSecret,
    fn: Convert_v1_Secret_To_core_Secret,
    name: 'Convert_v1_Secret_To_core_Secret',
  },
  {
    from: CoreSecret,
    to: V1Secret,
    fn: Convert_core_Secret_To_v1_Secret,
    name: 'Convert_core_Secret_To_v1_Secret',
  },
  {
    from: V1SecretList,
    to: CoreSecretList,
    fn: Convert_v1_SecretList_To_core_SecretList,
    name: 'Convert_v1_SecretList_To_core_SecretList',
  },
  {
    from: CoreSecretList,
    to: V1SecretList,
    fn: Convert_core_SecretList_To_v1_SecretList,
    name: 'Convert_core_SecretList_To_v1_SecretList',
  },
];
