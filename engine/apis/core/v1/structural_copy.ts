// Go twin: the generated autoConvert_* functions in k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go
// @ v1.34.0. Where v1 and internal types have the same fields, a conversion is a field-by-field copy; TypeMeta
// is left to the scheme (internal objects carry none).
import { copyJSON, setOwn, setType, type GoType, type RuntimeObject } from '../../../runtime/object';

/** Copies every field but apiVersion/kind from `input` into `out`, deeply and `__proto__`-safely. */
export function copyStructFields(
  input: RuntimeObject,
  out: RuntimeObject,
  skip: readonly string[] = [],
): void {
  for (const key of Object.keys(input)) {
    if (key === 'apiVersion' || key === 'kind' || skip.includes(key)) continue;
    setOwn(out, key, copyJSON(input[key]));
  }
}

/** A List conversion: the list's own fields copied, each item converted with `convertItem` into a `to` object. */
export function convertList(
  input: RuntimeObject,
  out: RuntimeObject,
  to: GoType,
  convertItem: (item: RuntimeObject, out: RuntimeObject) => void,
): void {
  copyStructFields(input, out, ['items']);
  if (!('items' in input)) return;
  const items = input.items;
  if (!Array.isArray(items)) {
    out.items = items === null ? null : copyJSON(items);
    return;
  }
  out.items = items.map((item: unknown) => {
    const o = setType({}, to) as RuntimeObject;
    convertItem(item as RuntimeObject, o);
    return o;
  });
}

/** base64 of the UTF-8 bytes of `s`, as Go's []byte(s) encodes in JSON. */
export function utf8ToBase64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/** The number of bytes a standard base64 text decodes to (Go's len([]byte)). */
export function base64DecodedLength(s: string): number {
  const clean = s.replace(/[\r\n]/g, '');
  let pad = 0;
  if (clean.endsWith('==')) pad = 2;
  else if (clean.endsWith('=')) pad = 1;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - pad);
}
