// Go twin: k8s.io/apimachinery/pkg/runtime/serializer/json/json.go (Serializer) and meta.go
// (SimpleMetaFactory.Interpret) @ v1.34.0
import { parse as parseYAML, YAMLParseError } from 'yaml';

import { isObject, setType, typeOf, type RuntimeObject } from '../../object';
import { unstructuredType, type Scheme } from '../../scheme';
import { fromAPIVersionAndKind, gvkKey, type GroupVersionKind } from '../../schema/groupversion';
import {
  JSONDecodeError,
  decodeStruct,
  encodeStructCompact,
  marshal,
  orderStruct,
  orderUnstructured,
} from './gojson';
import { goSyntaxError } from './scanner';
import { toYAML } from './yaml';

export interface SerializerOptions {
  yaml: boolean;
  pretty: boolean;
  strict: boolean;
}

export interface DecodeOutput {
  obj: RuntimeObject;
  gvk: GroupVersionKind | null;
  /** unknown fields, reported but not fatal: the caller decides (fieldValidation) */
  strictErrors: string[];
}

/** runtime.StrictDecodingError: `strict decoding error: unknown field "spec.foo", …` */
export class StrictDecodingError extends Error {
  constructor(readonly errors: string[]) {
    super(`strict decoding error: ${errors.join(', ')}`);
  }
}

/** An error while decoding, with the GVK that was read (Go returns both). */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly gvk: GroupVersionKind | null,
  ) {
    super(message);
  }
}

const findKindType =
  'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

/**
 * How deep a document may nest. Go's JSON scanner stops at 10,000 (`maxNestingDepth`); the simulator stops at
 * 1,000 with the same message, because the engine walks objects recursively and a browser's stack cannot take
 * Go's limit. No Kubernetes object comes near either.
 */
export const maxNestingDepth = 1000;

/** Parses JSON (or YAML converted to JSON) and reports Go's messages on failure. */
export function parseDocument(data: string, yaml: boolean): unknown {
  if (yaml) return yamlToJSON(data);
  // the scanner meets the level too deep before any later syntax error
  const tooDeep = nestingTooDeep(data);
  if (tooDeep) throw new Error(`couldn't get version/kind; json parse error: ${tooDeep}`);
  try {
    return JSON.parse(data);
  } catch {
    throw new Error(
      `couldn't get version/kind; json parse error: ${goSyntaxError(data) ?? 'unexpected end of JSON input'}`,
    );
  }
}

/** How deeply a parsed value nests, counted without recursion. */
function depthOf(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > maxNestingDepth) return max;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return max;
}

/** The scanner's depth check: the message for the bracket that goes one level too deep, or null. */
function nestingTooDeep(data: string): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > maxNestingDepth) return `invalid character '${c}' exceeded max depth`;
    } else if (c === '}' || c === ']') depth--;
  }
  return null;
}

/** sigs.k8s.io/yaml.YAMLToJSON, reading YAML 1.1 as kubectl does (`on`, `yes` are booleans). */
export function yamlToJSON(data: string): unknown {
  try {
    const v: unknown = parseYAML(data, { version: '1.1', maxAliasCount: 100, uniqueKeys: false });
    if (depthOf(v) > maxNestingDepth) throw new Error('exceeded max depth');
    return v === undefined ? null : v;
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line : 1;
    const msg =
      e instanceof Error
        ? (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
        : String(e);
    throw new Error(`error converting YAML to JSON: yaml: line ${line}: ${msg}`);
  }
}

/** SimpleMetaFactory.Interpret: the apiVersion and kind a document declares. */
function interpret(doc: unknown): GroupVersionKind {
  if (!isObject(doc)) {
    const what = Array.isArray(doc)
      ? 'array'
      : doc === null
        ? 'null'
        : typeof doc === 'number'
          ? 'number'
          : typeof doc === 'boolean'
            ? 'bool'
            : 'string';
    if (doc === null) return { group: '', version: '', kind: '' };
    throw new Error(
      `couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go value of type ${findKindType}`,
    );
  }
  for (const f of ['apiVersion', 'kind'] as const) {
    const v = doc[f];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      const what = Array.isArray(v)
        ? 'array'
        : typeof v === 'number'
          ? 'number'
          : typeof v === 'boolean'
            ? 'bool'
            : 'object';
      throw new Error(
        `couldn't get version/kind; json parse error: json: cannot unmarshal ${what} into Go struct field .${f} of type string`,
      );
    }
  }
  return fromAPIVersionAndKind(
    (doc.apiVersion as string | undefined) ?? '',
    (doc.kind as string | undefined) ?? '',
  );
}

/** gvkWithDefaults: fill what the document left out from the default GVK. */
export function gvkWithDefaults(actual: GroupVersionKind, def: GroupVersionKind): GroupVersionKind {
  const out = { ...actual };
  if (!out.kind) out.kind = def.kind;
  if (!out.version && !out.group) {
    out.group = def.group;
    out.version = def.version;
  }
  if (!out.version && out.group === def.group) out.version = def.version;
  return out;
}

export class Serializer {
  constructor(
    private readonly scheme: Scheme,
    readonly options: SerializerOptions,
  ) {}

  get mediaType(): string {
    return this.options.yaml ? 'application/yaml' : 'application/json';
  }

  decode(data: string, defaultGVK: GroupVersionKind | null, into: RuntimeObject | null): DecodeOutput {
    const doc = parseDocument(data, this.options.yaml);
    let actual = interpret(doc);
    if (defaultGVK) actual = gvkWithDefaults(actual, defaultGVK);
    if (into && typeOf(into) === unstructuredType) return this.decodeUnstructured(doc, data, actual, into);
    if (into) {
      const kinds = this.scheme.objectKinds(into).gvks;
      actual = gvkWithDefaults(actual, kinds[0]!);
    }
    if (!actual.kind) throw new DecodeError(`Object 'Kind' is missing in '${data}'`, actual);
    if (!actual.version) throw new DecodeError(`Object 'apiVersion' is missing in '${data}'`, actual);
    let obj: RuntimeObject;
    try {
      obj =
        into && this.scheme.objectKinds(into).gvks.some((k) => gvkKey(k) === gvkKey(actual))
          ? into
          : this.scheme.new(actual);
    } catch (e) {
      throw new DecodeError((e as Error).message, actual);
    }
    const def = typeOf(obj)?.def;
    if (!def)
      throw new DecodeError(
        `no kind ${JSON.stringify(actual.kind)} is registered for version ${JSON.stringify(actual.version)}`,
        actual,
      );
    try {
      const { obj: decoded, strictErrors } = decodeStruct(def, doc);
      for (const k of Object.keys(obj)) delete obj[k];
      Object.assign(obj, decoded);
      return { obj, gvk: actual, strictErrors: this.options.strict ? strictErrors : [] };
    } catch (e) {
      if (e instanceof JSONDecodeError) throw new DecodeError(e.message, actual);
      throw e;
    }
  }

  private decodeUnstructured(
    doc: unknown,
    data: string,
    actual: GroupVersionKind,
    into: RuntimeObject,
  ): DecodeOutput {
    if (!isObject(doc)) throw new DecodeError(`Object 'Kind' is missing in '${data}'`, actual);
    if (!actual.kind) throw new DecodeError(`Object 'Kind' is missing in '${data}'`, actual);
    if (!actual.version) throw new DecodeError(`Object 'apiVersion' is missing in '${data}'`, actual);
    for (const k of Object.keys(into)) delete into[k];
    Object.assign(into, doc);
    setType(into, unstructuredType);
    return { obj: into, gvk: actual, strictErrors: [] };
  }

  /** Encode: Go's field order and omitempty for typed objects, sorted keys for maps and Unstructured. */
  encode(obj: RuntimeObject): string {
    const def = typeOf(obj)?.def;
    if (def && !this.options.yaml && !this.options.pretty) return encodeStructCompact(def, obj) + '\n';
    const value = orderedValue(obj);
    if (this.options.yaml) return toYAML(orderUnstructured(value));
    if (this.options.pretty) return marshal(value, '  ');
    return marshal(value) + '\n';
  }
}

export function orderedValue(obj: RuntimeObject): unknown {
  const type = typeOf(obj);
  if (type === unstructuredType) return orderUnstructured(obj);
  if (type?.def) return orderStruct(type.def, obj);
  return obj;
}
