// Go twin: sigs.k8s.io/structured-merge-diff/v6 (fieldpath.Set, PathElement, serialize.go; typed.ToFieldSet,
// typed.Compare) as vendored by k8s.io/apiserver @ v1.34.0
//
// The set of fields an object sets, as server-side field management sees it, and its FieldsV1 wire form:
//   `f:<name>` a struct field or map key, `k:{"key":value,…}` an item of an associative list (keys sorted),
//   `v:<json>` an item of a set, `i:<n>` an index (atomic lists never get one), and `.` for "this node itself
//   is owned" when the node also has owned children. Leaves are `{}`.
//
// SMD reads list/map/struct semantics from the OpenAPI schema (x-kubernetes-list-type, -list-map-keys,
// -map-type); our StructDefs carry Go's patch tags instead. `patchStrategy: merge` + `patchMergeKey` gives an
// associative list keyed by that field, `merge` on a list of scalars gives a set, any other list is atomic.
// The built-in exceptions where the schema says otherwise are listed in `schemaFacts` below.
import type { FieldDef, StructDef, TypeRef } from '../../../runtime/gotype';
import { fieldByJSON } from '../../../runtime/gotype';
import { hasOwn, isObject, setOwn } from '../../../util/json/value';
import { quote } from '../../../util/strconv/quote';
import { compareGoStrings } from '../../../util/sort/strings';

// ---- path elements ----------------------------------------------------------------------------------------

/** One step of a field path (fieldpath.PathElement). Key fields are sorted by name. */
export type PathElement =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'key'; readonly fields: readonly (readonly [string, unknown])[] }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'index'; readonly index: number };

export const fieldPE = (name: string): PathElement => ({ kind: 'field', name });
export const valuePE = (value: unknown): PathElement => ({ kind: 'value', value });
export const indexPE = (index: number): PathElement => ({ kind: 'index', index });
/** A key element; fields are sorted by name as value.FieldList.Sort does (stable). */
export function keyPE(fields: readonly (readonly [string, unknown])[]): PathElement {
  const sorted = [...fields].sort((a, b) => compareGoStrings(a[0], b[0]));
  return { kind: 'key', fields: sorted };
}

/** The FieldsV1 key of a path element (fieldpath.SerializePathElement). */
export function serializePathElement(pe: PathElement): string {
  switch (pe.kind) {
    case 'field':
      return 'f:' + pe.name;
    case 'key':
      return 'k:{' + pe.fields.map(([n, v]) => goJSONString(n) + ':' + goJSON(v)).join(',') + '}';
    case 'value':
      return 'v:' + goJSON(pe.value);
    case 'index':
      return 'i:' + String(pe.index);
  }
}

/** Thrown for a FieldsV1 key with an unknown type letter: readers skip such keys (ErrUnknownPathElementType). */
class UnknownPathElementType extends Error {}

/** fieldpath.DeserializePathElement. */
export function deserializePathElement(s: string): PathElement {
  if (utf8Length(s) < 2) throw new Error('key must be 2 characters long:');
  if (s.charCodeAt(0) >= 0x80 || s[1] !== ':') throw new Error(`missing colon: ${s}`);
  const body = s.slice(2);
  switch (s[0]) {
    case 'f':
      return fieldPE(body);
    case 'v':
      return valuePE(JSON.parse(body));
    case 'k': {
      const obj: unknown = JSON.parse(body);
      if (!isObject(obj)) throw new Error(`ReadObjectCB: expect { or n, but found ${body.slice(0, 1)}`);
      return keyPE(Object.keys(obj).map((k) => [k, obj[k]] as const));
    }
    case 'i': {
      if (!/^[+-]?[0-9]+$/.test(body))
        throw new Error(`strconv.Atoi: parsing ${quote(body)}: invalid syntax`);
      return indexPE(Number.parseInt(body, 10));
    }
    default:
      throw new UnknownPathElementType('unknown path element type');
  }
}

/** PathElement.String(), for debugging and error messages: `.name`, `[k=v,…]`, `[=v]`, `[3]`. */
export function pathElementString(pe: PathElement): string {
  switch (pe.kind) {
    case 'field':
      return '.' + pe.name;
    case 'key':
      return '[' + pe.fields.map(([n, v]) => `${n}=${valueString(v)}`).join(',') + ']';
    case 'value':
      return `[=${valueString(pe.value)}]`;
    case 'index':
      return `[${pe.index}]`;
  }
}

export const pathString = (path: readonly PathElement[]) => path.map(pathElementString).join('');

function valueString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return '[' + v.map(valueString).join(',') + ']';
  if (isObject(v))
    return Object.keys(v)
      .map((k) => `${k}=${valueString(v[k])}`)
      .join('');
  return String(v);
}

const kindRank = { field: 0, key: 1, value: 2, index: 3 } as const;

/** PathElement.Compare: fields < keys < values < indexes, then by content. */
export function comparePathElements(a: PathElement, b: PathElement): number {
  if (a.kind !== b.kind) return kindRank[a.kind] - kindRank[b.kind];
  switch (a.kind) {
    case 'field':
      return compareGoStrings(a.name, (b as typeof a).name);
    case 'key': {
      const bf = (b as typeof a).fields;
      for (let i = 0; ; i++) {
        if (i >= a.fields.length && i >= bf.length) return 0;
        if (i >= a.fields.length) return -1;
        if (i >= bf.length) return 1;
        const c = compareGoStrings(a.fields[i]![0], bf[i]![0]) || compareValues(a.fields[i]![1], bf[i]![1]);
        if (c !== 0) return c;
      }
    }
    case 'value':
      return compareValues(a.value, (b as typeof a).value);
    case 'index':
      return Math.sign(a.index - (b as typeof a).index);
  }
}

/** value.Compare: a total order over values, numbers < strings < bools < lists < maps < null. */
export function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    typeof v === 'number'
      ? 0
      : typeof v === 'string'
        ? 1
        : typeof v === 'boolean'
          ? 2
          : Array.isArray(v)
            ? 3
            : isObject(v)
              ? 4
              : 5;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (typeof a === 'number') return Math.sign(a - (b as number));
  if (typeof a === 'string') return compareGoStrings(a, b as string);
  if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Array.isArray(a)) {
    const bl = b as unknown[];
    for (let i = 0; ; i++) {
      if (i >= a.length && i >= bl.length) return 0;
      if (i >= a.length) return -1;
      if (i >= bl.length) return 1;
      const c = compareValues(a[i], bl[i]);
      if (c !== 0) return c;
    }
  }
  if (isObject(a)) {
    const bo = b as Record<string, unknown>;
    const ak = Object.keys(a).sort(compareGoStrings);
    const bk = Object.keys(bo).sort(compareGoStrings);
    for (let i = 0; ; i++) {
      if (i >= ak.length && i >= bk.length) return 0;
      if (i >= ak.length) return -1;
      if (i >= bk.length) return 1;
      const c = compareGoStrings(ak[i]!, bk[i]!) || compareValues(a[ak[i]!], bo[bk[i]!]);
      if (c !== 0) return c;
    }
  }
  return 0;
}

/** value.Equals: deep equality, numbers compared numerically. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ak = Object.keys(a);
    if (ak.length !== Object.keys(b).length) return false;
    return ak.every((k) => hasOwn(b, k) && valuesEqual(a[k], b[k]));
  }
  return false;
}

// ---- Go-compatible JSON for path element contents --------------------------------------------------------

/** A JSON string as Go's encoders write it: HTML-safe (`<` → `\u003c`), U+2028/9 escaped. */
export function goJSONString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029)
      out += '\\u' + c.toString(16).padStart(4, '0');
    else out += s[i]!;
  }
  return out + '"';
}

/** JSON as Go writes an unstructured value: map keys sorted, strings HTML-safe. */
export function goJSON(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJSONString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return '[' + v.map(goJSON).join(',') + ']';
  if (isObject(v)) {
    return (
      '{' +
      Object.keys(v)
        .sort(compareGoStrings)
        .map((k) => goJSONString(k) + ':' + goJSON(v[k]))
        .join(',') +
      '}'
    );
  }
  return 'null';
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

// ---- the set ------------------------------------------------------------------------------------------------

interface SetNode {
  readonly pe: PathElement;
  readonly set: FieldSet;
}

/**
 * fieldpath.Set: a tree of owned paths. `members` are owned path elements of this node; `children` are the
 * subtrees below path elements (which are not owned themselves unless also a member). Set operations return
 * new sets and may share subtrees with their inputs; only `insert` mutates, so insert into fresh sets only.
 */
export class FieldSet {
  private readonly members = new Map<string, PathElement>();
  private readonly children = new Map<string, SetNode>();

  static fromPaths(paths: readonly (readonly PathElement[])[]): FieldSet {
    const s = new FieldSet();
    for (const p of paths) s.insert(p);
    return s;
  }

  /** Adds a path; its parents are NOT added (Set.Insert). A zero-length path is ignored. */
  insert(path: readonly PathElement[]): void {
    if (path.length === 0) return;
    const [head, ...rest] = path as [PathElement, ...PathElement[]];
    if (rest.length === 0) this.members.set(serializePathElement(head), head);
    else this.descend(head).insert(rest);
  }

  private descend(pe: PathElement): FieldSet {
    const key = serializePathElement(pe);
    let node = this.children.get(key);
    if (!node) {
      node = { pe, set: new FieldSet() };
      this.children.set(key, node);
    }
    return node.set;
  }

  has(path: readonly PathElement[]): boolean {
    if (path.length === 0) return false;
    const [head, ...rest] = path as [PathElement, ...PathElement[]];
    if (rest.length === 0) return this.members.has(serializePathElement(head));
    return this.children.get(serializePathElement(head))?.set.has(rest) ?? false;
  }

  /** The subset below `pe` (Set.WithPrefix), empty if none. */
  withPrefix(pe: PathElement): FieldSet {
    return this.children.get(serializePathElement(pe))?.set ?? new FieldSet();
  }

  isEmpty(): boolean {
    if (this.members.size > 0) return false;
    for (const n of this.children.values()) if (!n.set.isEmpty()) return false;
    return true;
  }

  /** Number of members in the whole tree (Set.Size). */
  size(): number {
    let n = this.members.size;
    for (const c of this.children.values()) n += c.set.size();
    return n;
  }

  union(o: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [k, pe] of this.members) out.members.set(k, pe);
    for (const [k, pe] of o.members) out.members.set(k, pe);
    for (const [k, n] of this.children) {
      const m = o.children.get(k);
      out.children.set(k, m ? { pe: n.pe, set: n.set.union(m.set) } : n);
    }
    for (const [k, m] of o.children) if (!this.children.has(k)) out.children.set(k, m);
    return out;
  }

  intersection(o: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [k, pe] of this.members) if (o.members.has(k)) out.members.set(k, pe);
    for (const [k, n] of this.children) {
      const m = o.children.get(k);
      if (!m) continue;
      const r = n.set.intersection(m.set);
      if (!r.isEmpty()) out.children.set(k, { pe: n.pe, set: r });
    }
    return out;
  }

  /** Set.Difference: leaf-wise; a member of `o` does not remove this set's children below it. */
  difference(o: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [k, pe] of this.members) if (!o.members.has(k)) out.members.set(k, pe);
    for (const [k, n] of this.children) {
      const m = o.children.get(k);
      if (!m) {
        out.children.set(k, n);
        continue;
      }
      const d = n.set.difference(m.set);
      if (!d.isEmpty()) out.children.set(k, { pe: n.pe, set: d });
    }
    return out;
  }

  /** Set.RecursiveDifference: also drops everything below a member of `o`. */
  recursiveDifference(o: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const [k, pe] of this.members) if (!o.members.has(k)) out.members.set(k, pe);
    for (const [k, n] of this.children) {
      if (o.members.has(k)) continue;
      const m = o.children.get(k);
      if (!m) {
        out.children.set(k, n);
        continue;
      }
      const d = n.set.recursiveDifference(m.set);
      if (!d.isEmpty()) out.children.set(k, { pe: n.pe, set: d });
    }
    return out;
  }

  equals(o: FieldSet): boolean {
    if (this.members.size !== o.members.size || this.children.size !== o.children.size) return false;
    for (const k of this.members.keys()) if (!o.members.has(k)) return false;
    for (const [k, n] of this.children) {
      const m = o.children.get(k);
      if (!m || !n.set.equals(m.set)) return false;
    }
    return true;
  }

  private sortedMembers(): PathElement[] {
    return [...this.members.values()].sort(comparePathElements);
  }

  private sortedChildren(): SetNode[] {
    return [...this.children.values()].sort((a, b) => comparePathElements(a.pe, b.pe));
  }

  /** Every member path, preorder, sorted (Set.Iterate). */
  paths(prefix: readonly PathElement[] = []): PathElement[][] {
    const out: PathElement[][] = [];
    for (const pe of this.sortedMembers()) out.push([...prefix, pe]);
    for (const n of this.sortedChildren()) out.push(...n.set.paths([...prefix, n.pe]));
    return out;
  }

  /** One path per line, as Set.String(). */
  toString(): string {
    return this.paths().map(pathString).join('\n');
  }

  /** The FieldsV1 object (Set.ToJSON / emitContentsV1): `.` first, then path elements in SMD order. */
  toFieldsV1(): Record<string, unknown> {
    return this.emit(false);
  }

  private emit(includeSelf: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (includeSelf && (this.members.size > 0 || this.children.size > 0)) out['.'] = {};
    const ms = this.sortedMembers();
    const cs = this.sortedChildren();
    let mi = 0;
    let ci = 0;
    while (mi < ms.length || ci < cs.length) {
      const c = mi >= ms.length ? 1 : ci >= cs.length ? -1 : comparePathElements(ms[mi]!, cs[ci]!.pe);
      if (c < 0) {
        setOwn(out, serializePathElement(ms[mi++]!), {});
      } else if (c > 0) {
        const n = cs[ci++]!;
        setOwn(out, serializePathElement(n.pe), n.set.emit(false));
      } else {
        const n = cs[ci++]!;
        mi++;
        setOwn(out, serializePathElement(n.pe), n.set.emit(true));
      }
    }
    return out;
  }

  /** Set.FromJSON over a parsed FieldsV1 object. Unknown key types are skipped; malformed keys throw. */
  static fromFieldsV1(fields: unknown): FieldSet {
    return FieldSet.readV1(fields).children ?? new FieldSet();
  }

  /** readIterV1: the subset below a FieldsV1 node, and whether the node itself is a member. */
  private static readV1(v: unknown): { children: FieldSet | null; isMember: boolean } {
    if (v === null || v === undefined) return { children: null, isMember: true };
    if (!isObject(v)) throw new Error('ReadMapCB: expect { or n');
    let children: FieldSet | null = null;
    let isMember = false;
    for (const key of Object.keys(v)) {
      if (key === '.') {
        isMember = true;
        continue;
      }
      let pe: PathElement;
      try {
        pe = deserializePathElement(key);
      } catch (e) {
        if (e instanceof UnknownPathElementType) continue;
        throw new Error(`parsing key as path element: ${(e as Error).message}`, { cause: e });
      }
      const r = FieldSet.readV1(v[key]);
      const k = serializePathElement(pe);
      if (r.isMember) {
        children ??= new FieldSet();
        children.members.set(k, pe);
      }
      if (r.children) {
        children ??= new FieldSet();
        const prev = children.children.get(k);
        children.children.set(k, { pe, set: prev ? prev.set.union(r.children) : r.children });
      }
    }
    if (!children) isMember = true;
    return { children, isMember };
  }
}

// ---- functional aliases ---------------------------------------------------------------------------------------

export const emptyFieldSet = () => new FieldSet();
export const union = (a: FieldSet, b: FieldSet) => a.union(b);
export const difference = (a: FieldSet, b: FieldSet) => a.difference(b);
export const toFieldsV1 = (s: FieldSet) => s.toFieldsV1();
export const fromFieldsV1 = (fields: unknown) => FieldSet.fromFieldsV1(fields);

/** A set of field-name paths written with dots, e.g. `['status', 'metadata.deletionTimestamp']`. */
export function fieldSetFromPaths(paths: readonly string[]): FieldSet {
  return FieldSet.fromPaths(paths.map((p) => p.split('.').map(fieldPE)));
}

/** stripmeta.go: fields no manager ever owns (apiVersion, kind, metadata and its system fields). */
export const stripMetaSet: FieldSet = fieldSetFromPaths([
  'apiVersion',
  'kind',
  'metadata',
  'metadata.name',
  'metadata.namespace',
  'metadata.creationTimestamp',
  'metadata.selfLink',
  'metadata.uid',
  'metadata.clusterName',
  'metadata.generation',
  'metadata.managedFields',
  'metadata.resourceVersion',
]);

// ---- schema ---------------------------------------------------------------------------------------------------

/**
 * Optional schema markers a FieldDef/StructDef may carry (the OpenAPI `x-kubernetes-*` extensions). gotype.ts
 * does not declare them yet; when present they win over the patch-tag heuristics.
 */
export interface SchemaHints {
  listType?: 'atomic' | 'set' | 'map';
  listMapKeys?: readonly string[];
  mapType?: 'atomic' | 'granular';
  structType?: 'atomic' | 'granular';
  /** the OpenAPI default of a list-map key field */
  default?: unknown;
}

type ListRel = 'atomic' | 'set' | readonly string[];
interface FieldFacts {
  list?: ListRel;
  map?: 'atomic' | 'granular';
  struct?: 'atomic' | 'granular';
  raw?: 'atomic';
}

/**
 * Where v1.34's OpenAPI (`x-kubernetes-list-type`, `-list-map-keys`, `-map-type`, `+structType`) disagrees
 * with what the Go patch tags imply. Keyed `<Go package>.<Type>.<json field>`.
 */
const schemaFacts: Record<string, FieldFacts> = {
  // list-map-keys with more keys than the patchMergeKey
  'k8s.io/api/core/v1.Container.ports': { list: ['containerPort', 'protocol'] },
  'k8s.io/api/core/v1.EphemeralContainer.ports': { list: ['containerPort', 'protocol'] },
  'k8s.io/api/core/v1.ServiceSpec.ports': { list: ['port', 'protocol'] },
  'k8s.io/api/core/v1.PodSpec.topologySpreadConstraints': { list: ['topologyKey', 'whenUnsatisfiable'] },
  // listType=map without patch tags
  'k8s.io/api/core/v1.ResourceRequirements.claims': { list: ['name'] },
  // patchMergeKey but listType=atomic
  'k8s.io/api/core/v1.PodStatus.hostIPs': { list: 'atomic' },
  'k8s.io/api/batch/v1.JobStatus.conditions': { list: 'atomic' },
  // listType=set without patch tags
  'k8s.io/api/discovery/v1.Endpoint.addresses': { list: 'set' },
  'k8s.io/api/storage/v1.CSIDriverSpec.volumeLifecycleModes': { list: 'set' },
  'k8s.io/api/batch/v1.PodFailurePolicyOnExitCodesRequirement.values': { list: 'set' },
  'k8s.io/api/batch/v1.UncountedTerminatedPods.failed': { list: 'set' },
  'k8s.io/api/batch/v1.UncountedTerminatedPods.succeeded': { list: 'set' },
  'k8s.io/api/admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec.validationActions': {
    list: 'set',
  },
  // mapType=atomic
  'k8s.io/api/core/v1.PodSpec.nodeSelector': { map: 'atomic' },
  'k8s.io/api/core/v1.ServiceSpec.selector': { map: 'atomic' },
  'k8s.io/api/core/v1.ReplicationControllerSpec.selector': { map: 'atomic' },
  // structType=granular on a field of an atomic struct type
  'k8s.io/api/core/v1.PersistentVolumeSpec.claimRef': { struct: 'granular' },
  // RawExtension typed __untyped_atomic_
  'k8s.io/api/apps/v1.ControllerRevision.data': { raw: 'atomic' },
};

/** Types marked `+structType=atomic` (or `x-kubernetes-map-type: atomic`) in v1.34. */
const atomicStructs = new Set([
  'k8s.io/apimachinery/pkg/apis/meta/v1.LabelSelector',
  'k8s.io/apimachinery/pkg/apis/meta/v1.OwnerReference',
  'k8s.io/api/core/v1.ConfigMapKeySelector',
  'k8s.io/api/core/v1.EndpointAddress',
  'k8s.io/api/core/v1.EndpointPort',
  'k8s.io/api/core/v1.FileKeySelector',
  'k8s.io/api/core/v1.LocalObjectReference',
  'k8s.io/api/core/v1.NodeSelector',
  'k8s.io/api/core/v1.NodeSelectorTerm',
  'k8s.io/api/core/v1.ObjectFieldSelector',
  'k8s.io/api/core/v1.ObjectReference',
  'k8s.io/api/core/v1.ResourceFieldSelector',
  'k8s.io/api/core/v1.ScopeSelector',
  'k8s.io/api/core/v1.SecretKeySelector',
  'k8s.io/api/core/v1.SecretReference',
  'k8s.io/api/core/v1.TopologySelectorTerm',
  'k8s.io/api/core/v1.TypedLocalObjectReference',
  'k8s.io/api/discovery/v1.EndpointPort',
  'k8s.io/api/admissionregistration/v1.MatchResources',
  'k8s.io/api/admissionregistration/v1.NamedRuleWithOperations',
  'k8s.io/api/admissionregistration/v1.ParamKind',
  'k8s.io/api/admissionregistration/v1.ParamRef',
  'k8s.io/api/admissionregistration/v1.Variable',
]);

/** OpenAPI defaults of list-map key fields that are omitempty in Go (SMD uses them for missing keys). */
const keyDefaults: Record<string, unknown> = {
  'k8s.io/api/core/v1.ContainerPort.protocol': 'TCP',
  'k8s.io/api/core/v1.ServicePort.protocol': 'TCP',
};

/** How SMD treats a value: a leaf, a struct or map of fields, a list, or an untyped (raw) value. */
export type Schema =
  | { readonly kind: 'scalar' }
  | { readonly kind: 'untyped'; readonly atomic: boolean }
  | { readonly kind: 'struct'; readonly def: StructDef; readonly atomic: boolean }
  | { readonly kind: 'map'; readonly elem: Schema; readonly atomic: boolean }
  | { readonly kind: 'list'; readonly elem: Schema; readonly rel: ListRel };

const scalarSchema: Schema = { kind: 'scalar' };
const deducedSchema: Schema = { kind: 'untyped', atomic: false };
const fieldSchemaCache = new WeakMap<StructDef, Map<FieldDef, Schema>>();

const qualified = (def: StructDef) => `${def.pkg}.${def.name}`;
const hintsOf = (x: FieldDef | StructDef) => x as (FieldDef | StructDef) & SchemaHints;

export function structSchema(def: StructDef, atomic?: boolean): Schema {
  return {
    kind: 'struct',
    def,
    atomic: atomic ?? (atomicStructs.has(qualified(def)) || hintsOf(def).structType === 'atomic'),
  };
}

function derefPtr(tr: TypeRef): TypeRef {
  while (tr.kind === 'ptr') tr = tr.elem;
  return tr;
}

function typeSchema(tr: TypeRef, facts: FieldFacts, hints: SchemaHints, field?: FieldDef): Schema {
  tr = derefPtr(tr);
  switch (tr.kind) {
    case 'struct': {
      const st = facts.struct ?? hints.structType;
      return structSchema(tr.def(), st === undefined ? undefined : st === 'atomic');
    }
    case 'map':
      return {
        kind: 'map',
        elem: typeSchema(tr.elem, {}, {}),
        atomic: (facts.map ?? hints.mapType) === 'atomic',
      };
    case 'slice': {
      const elem = typeSchema(tr.elem, {}, {});
      return { kind: 'list', elem, rel: listRel(facts, hints, field, elem) };
    }
    case 'raw':
      return facts.raw === 'atomic' ? { kind: 'untyped', atomic: true } : deducedSchema;
    default:
      return scalarSchema;
  }
}

function listRel(facts: FieldFacts, hints: SchemaHints, field: FieldDef | undefined, elem: Schema): ListRel {
  if (facts.list) return facts.list;
  if (hints.listType === 'atomic' || hints.listType === 'set') return hints.listType;
  if (hints.listType === 'map' && hints.listMapKeys?.length) return hints.listMapKeys;
  const strategies = (field?.patchStrategy ?? '').split(',');
  if (!strategies.includes('merge')) return 'atomic';
  if (elem.kind === 'scalar') return 'set';
  if ((elem.kind === 'struct' || elem.kind === 'untyped') && field?.patchMergeKey)
    return [field.patchMergeKey];
  return 'atomic';
}

/** The schema of one field of a struct. */
export function fieldSchema(def: StructDef, field: FieldDef): Schema {
  let byField = fieldSchemaCache.get(def);
  if (!byField) fieldSchemaCache.set(def, (byField = new Map()));
  let s = byField.get(field);
  if (!s) {
    s = typeSchema(field.type, schemaFacts[`${qualified(def)}.${field.json}`] ?? {}, hintsOf(field), field);
    byField.set(field, s);
  }
  return s;
}

// ---- the value as Go's reflection sees it ----------------------------------------------------------------------

/**
 * The object as SMD's reflection over the Go struct sees it: omitempty fields with empty values are absent,
 * other fields are present with their zero value when the JSON-shaped object lacks them (`""`, `0`, `false`,
 * `null` for nil slices/maps/pointers/zero metav1.Time, `{…}` for non-pointer structs, `"0"` for a zero
 * Quantity). Fields the StructDef does not declare are dropped.
 */
export function goView(obj: unknown, def: StructDef): Record<string, unknown> {
  const src = isObject(obj) ? obj : {};
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    const v = viewValue(hasOwn(src, f.json) ? src[f.json] : undefined, f.type);
    if (f.omitempty && isEmptyGo(v, f.type)) continue;
    if (f.omitzero && isZeroGo(v)) continue;
    setOwn(out, f.json, v);
  }
  return out;
}

function viewValue(v: unknown, tr: TypeRef): unknown {
  switch (tr.kind) {
    case 'ptr':
      return v === undefined || v === null ? null : viewValue(v, tr.elem);
    case 'struct':
      return goView(v, tr.def());
    case 'slice':
      return Array.isArray(v) ? v.map((e) => viewValue(e, tr.elem)) : null;
    case 'map': {
      if (!isObject(v)) return null;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) setOwn(out, k, viewValue(v[k], tr.elem));
      return out;
    }
    case 'time':
      return typeof v === 'string' ? v : null;
    case 'quantity':
      return v === undefined || v === null ? '0' : v;
    case 'intOrString':
      return v === undefined || v === null ? 0 : v;
    case 'bytes':
    case 'raw':
      return v === undefined ? null : v;
    case 'bool':
      return typeof v === 'boolean' ? v : false;
    case 'int32':
    case 'int64':
    case 'float64':
      return typeof v === 'number' ? v : 0;
    case 'string':
      if (tr.name === 'v1.Duration') return typeof v === 'string' ? v : '0s';
      return typeof v === 'string' ? v : '';
  }
}

/** encoding/json's isEmptyValue for the Go kind behind the TypeRef. Structs are never empty. */
function isEmptyGo(v: unknown, tr: TypeRef): boolean {
  switch (tr.kind) {
    case 'ptr':
    case 'raw':
      return v === null;
    case 'slice':
      return v === null || (Array.isArray(v) && v.length === 0);
    case 'map':
      return v === null || (isObject(v) && Object.keys(v).length === 0);
    case 'bytes':
      return v === null || v === '';
    case 'string':
      return tr.name !== 'v1.Duration' && v === '';
    case 'bool':
      return v === false;
    case 'int32':
    case 'int64':
    case 'float64':
      return v === 0;
    default:
      return false;
  }
}

function isZeroGo(v: unknown): boolean {
  if (v === null || v === '' || v === 0 || v === false) return true;
  return isObject(v) && Object.keys(v).every((k) => isZeroGo(v[k]));
}

// ---- walkers ----------------------------------------------------------------------------------------------------

/** Errors SMD reports while typing a value (e.g. a list item that lacks a key field). */
export class FieldSetError extends Error {}

function childSchema(s: Schema & { kind: 'struct' | 'map' | 'untyped' }, key: string): Schema | undefined {
  if (s.kind === 'map') return s.elem;
  if (s.kind === 'untyped') return deducedSchema;
  const f = fieldByJSON(s.def, key);
  return f ? fieldSchema(s.def, f) : undefined;
}

function keyDefault(elem: Schema, key: string): unknown {
  if (elem.kind !== 'struct') return undefined;
  const f = fieldByJSON(elem.def, key);
  const hinted = f ? hintsOf(f).default : undefined;
  return hinted !== undefined ? hinted : keyDefaults[`${qualified(elem.def)}.${key}`];
}

/** listItemToPathElement: the key of a list item, or an error message. */
function itemPathElement(list: Schema & { kind: 'list' }, item: unknown): PathElement | string {
  if (list.rel === 'atomic') return 'invalid indexing of non-associative list';
  if (list.rel === 'set') {
    if (isObject(item)) return "associative list without keys has an element that's a map type";
    if (Array.isArray(item)) return 'not supported: associative list with lists as elements';
    if (item === null || item === undefined)
      return "associative list without keys has an element that's an explicit null";
    return valuePE(item);
  }
  if (item === null || item === undefined) return 'associative list with keys may not have a null element';
  if (!isObject(item)) return 'associative list with keys may not have non-map elements';
  const fields: (readonly [string, unknown])[] = [];
  for (const k of list.rel) {
    if (hasOwn(item, k)) fields.push([k, item[k]]);
    else {
      const def = keyDefault(list.elem, k);
      if (def === undefined)
        return `associative list with keys has an element that omits key field ${quote(k)} (and doesn't have default value)`;
      fields.push([k, def]);
    }
  }
  return keyPE(fields);
}

type Kind = 'nil' | 'null' | 'map' | 'list' | 'scalar';
const kindOf = (v: unknown): Kind =>
  v === undefined ? 'nil' : v === null ? 'null' : Array.isArray(v) ? 'list' : isObject(v) ? 'map' : 'scalar';

/** What an untyped (deduced) node is, given the values on both sides; null and absent values don't decide. */
function untypedKind(l: unknown, r: unknown): 'map' | 'leaf' {
  const kl = kindOf(l);
  const kr = kindOf(r);
  const a = kl === 'nil' || kl === 'null' ? kr : kl;
  const b = kr === 'nil' || kr === 'null' ? kl : kr;
  if (a !== b) return 'leaf';
  return a === 'map' || a === 'nil' || a === 'null' ? 'map' : 'leaf';
}

/** typed.ToFieldSet over a Go-view value. */
function walkSet(v: unknown, s: Schema, path: PathElement[], set: FieldSet, errs: string[]): void {
  switch (s.kind) {
    case 'scalar':
      set.insert(path);
      return;
    case 'untyped':
    case 'struct':
    case 'map': {
      if (
        s.atomic ||
        (s.kind === 'untyped' && Array.isArray(v)) ||
        (s.kind === 'untyped' && kindOf(v) === 'scalar')
      ) {
        set.insert(path);
        return;
      }
      if (!isObject(v)) return;
      for (const key of Object.keys(v)) {
        const cs = childSchema(s, key);
        if (!cs) continue;
        const child = v[key];
        const p = [...path, fieldPE(key)];
        walkSet(child, cs, p, set, errs);
        if (child === null || (isObject(child) && Object.keys(child).length === 0) || s.kind !== 'struct')
          set.insert(p);
      }
      return;
    }
    case 'list': {
      if (s.rel === 'atomic') {
        set.insert(path);
        return;
      }
      if (!Array.isArray(v)) return;
      const pes = v.map((item, i) => {
        const pe = itemPathElement(s, item);
        if (typeof pe === 'string') errs.push(`${pathString(path)}: element ${i}: ${pe}`);
        return typeof pe === 'string' ? null : pe;
      });
      const seen = new Set<string>();
      const dups = new Set<string>();
      for (const pe of pes) {
        if (!pe) continue;
        const k = serializePathElement(pe);
        if (seen.has(k) && !dups.has(k)) {
          set.insert([...path, pe]);
          dups.add(k);
        }
        seen.add(k);
      }
      v.forEach((item, i) => {
        const pe = pes[i];
        if (!pe || dups.has(serializePathElement(pe))) return;
        const p = [...path, pe];
        walkSet(item, s.elem, p, set, errs);
        set.insert(p);
      });
      return;
    }
  }
}

/** Comparison: the fields `rhs` added, changed and removed relative to `lhs` (typed.Comparison). */
export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

/** typed.compareWalker; `undefined` is an absent value (Go nil), `null` a null value. */
function walkCompare(
  l: unknown,
  r: unknown,
  s: Schema,
  path: PathElement[],
  cmp: Comparison,
  errs: string[],
): void {
  let inLeaf = false;
  const doLeaf = () => {
    if (inLeaf) return;
    inLeaf = true;
    if (l === undefined) cmp.added.insert(path);
    else if (r === undefined) cmp.removed.insert(path);
    else if (!valuesEqual(l, r)) cmp.modified.insert(path);
  };
  const doMap = (ms: Schema & { kind: 'struct' | 'map' | 'untyped' }) => {
    const lm = isObject(l) ? l : null;
    const rm = isObject(r) ? r : null;
    const emptyBoth = (!lm || Object.keys(lm).length === 0) && (!rm || Object.keys(rm).length === 0);
    if (ms.atomic || emptyBoth) return doLeaf();
    const keys = new Set([...Object.keys(lm ?? {}), ...Object.keys(rm ?? {})]);
    for (const key of keys) {
      const cs = childSchema(ms, key);
      if (!cs) continue;
      const lv = lm && hasOwn(lm, key) ? lm[key] : undefined;
      const rv = rm && hasOwn(rm, key) ? rm[key] : undefined;
      walkCompare(lv, rv, cs, [...path, fieldPE(key)], cmp, errs);
    }
  };
  switch (s.kind) {
    case 'scalar':
      doLeaf();
      break;
    case 'struct':
    case 'map':
      doMap(s);
      break;
    case 'untyped':
      if (s.atomic || untypedKind(l, r) === 'leaf') doLeaf();
      else doMap(s);
      break;
    case 'list': {
      const ll = Array.isArray(l) ? l : null;
      const rl = Array.isArray(r) ? r : null;
      if (s.rel === 'atomic' || ((!ll || ll.length === 0) && (!rl || rl.length === 0))) doLeaf();
      else compareListItems(s, ll ?? [], rl ?? [], path, cmp, errs);
      break;
    }
  }
  if (!inLeaf) {
    if (l === undefined) cmp.added.insert(path);
    else if (r === undefined) cmp.removed.insert(path);
  }
}

function compareListItems(
  s: Schema & { kind: 'list' },
  ll: unknown[],
  rl: unknown[],
  path: PathElement[],
  cmp: Comparison,
  errs: string[],
): void {
  const order: string[] = [];
  const byKey = new Map<string, { pe: PathElement; l: unknown[]; r: unknown[] }>();
  const gather = (items: unknown[], side: 'l' | 'r') =>
    items.forEach((item, i) => {
      const pe = itemPathElement(s, item);
      if (typeof pe === 'string') {
        errs.push(`${pathString(path)}: element ${i}: ${pe}`);
        return;
      }
      const k = serializePathElement(pe);
      let e = byKey.get(k);
      if (!e) {
        e = { pe, l: [], r: [] };
        byKey.set(k, e);
        order.push(k);
      }
      e[side].push(item);
    });
  gather(ll, 'l');
  gather(rl, 'r');
  for (const k of order) {
    const { pe, l, r } = byKey.get(k)!;
    const p = [...path, pe];
    if (l.length <= 1 && r.length <= 1) {
      walkCompare(l[0], r[0], s.elem, p, cmp, errs);
    } else if (l.length >= 2 && r.length >= 2) {
      if (l.length !== r.length || !l.every((x, i) => valuesEqual(x, r[i]))) cmp.modified.insert(p);
    } else if (l.length >= 2) {
      if (r.length !== 0) walkCompare(undefined, r[0], s.elem, p, cmp, errs);
      cmp.removed.insert(p);
    } else {
      if (l.length !== 0) walkCompare(l[0], undefined, s.elem, p, cmp, errs);
      cmp.added.insert(p);
    }
  }
}

function fail(errs: string[]): never {
  throw new FieldSetError(errs.length === 1 ? errs[0] : ['errors:', ...errs.map((e) => '  ' + e)].join('\n'));
}

/**
 * The fields an object sets (TypedValue.ToFieldSet): every leaf, every list item and map entry (their own
 * path element, serialized as `.` when they also have children). System metadata is not stripped here; see
 * `stripMetaSet`.
 */
export function fieldSetOf(obj: unknown, def: StructDef): FieldSet {
  const set = new FieldSet();
  const errs: string[] = [];
  walkSet(goView(obj, def), structSchema(def), [], set, errs);
  if (errs.length > 0) fail(errs);
  return set;
}

/** TypedValue.Compare of two objects of the same type. `lhs` null means the empty object (a create). */
export function compareObjects(lhs: unknown, rhs: unknown, def: StructDef): Comparison {
  const cmp: Comparison = { added: new FieldSet(), modified: new FieldSet(), removed: new FieldSet() };
  const errs: string[] = [];
  walkCompare(goView(lhs ?? {}, def), goView(rhs, def), structSchema(def), [], cmp, errs);
  if (errs.length > 0) fail(errs);
  return cmp;
}
