// Go twin: k8s.io/apimachinery/pkg/runtime/scheme.go (Scheme) @ v1.34.0
//
// A Scheme maps Go types to the group/version/kinds they are known as, and holds the conversion and
// defaulting functions between them. The generated conversions only exist between an external version and
// the internal (`__internal`) hub, so converting v1beta1 → v1 always passes through the internal type.
import { NotRegisteredError } from './errors';
import { deepCopyObject, goTypeString, setType, typeOf, type GoType, type RuntimeObject } from './object';
import {
  APIVersionInternal,
  gvkKey,
  gvkString,
  gvString,
  type GroupVersion,
  type GroupVersionKind,
} from './schema/groupversion';

/** Converts `input` into the fresh object `out` (of the target type). */
export type ConversionFunc = (input: RuntimeObject, out: RuntimeObject, scheme: Scheme) => void;
export type DefaulterFunc = (obj: RuntimeObject) => void;
/** Maps a field selector label for a kind (e.g. `spec.nodeName`), returning [label, value]. */
export type FieldLabelConversionFunc = (label: string, value: string) => [string, string];

/** runtime.GroupVersioner: picks the kind to convert to among those a type is registered as. */
export interface GroupVersioner {
  kindForGroupVersionKinds(kinds: GroupVersionKind[]): GroupVersionKind | undefined;
  toString(): string;
}

/** schema.GroupVersion as a GroupVersioner: an exact match first, then any kind in the same group. */
export function groupVersioner(gv: GroupVersion): GroupVersioner {
  return {
    kindForGroupVersionKinds(kinds) {
      const exact = kinds.find((k) => k.group === gv.group && k.version === gv.version);
      if (exact) return exact;
      const sameGroup = kinds.find((k) => k.group === gv.group);
      return sameGroup ? { group: gv.group, version: gv.version, kind: sameGroup.kind } : undefined;
    },
    toString: () => gvString(gv),
  };
}

/** runtime.InternalGroupVersioner: the internal version of whatever group the object is in. */
export const internalGroupVersioner: GroupVersioner = {
  kindForGroupVersionKinds(kinds) {
    const internal = kinds.find((k) => k.version === APIVersionInternal);
    if (internal) return internal;
    const first = kinds[0];
    return first ? { group: first.group, version: APIVersionInternal, kind: first.kind } : undefined;
  },
  toString: () => 'runtime.internalGroupVersioner{}',
};

export interface ConversionInfo {
  from: GoType;
  to: GoType;
  /** the Go function this models, e.g. `Convert_v1_Pod_To_core_Pod` */
  name: string;
}

export class Scheme {
  private readonly gvkToType = new Map<string, { gvk: GroupVersionKind; type: GoType }>();
  private readonly typeToGVK = new Map<GoType, GroupVersionKind[]>();
  private readonly unversionedTypes = new Map<GoType, GroupVersionKind>();
  private readonly conversions = new Map<GoType, Map<GoType, { fn: ConversionFunc; name: string }>>();
  private readonly defaulters = new Map<GoType, { fn: DefaulterFunc; name: string }>();
  private readonly fieldLabelConversions = new Map<string, FieldLabelConversionFunc>();
  private readonly versionPriority = new Map<string, string[]>();
  private readonly observedVersions: GroupVersion[] = [];

  /** `name` is what errors quote, e.g. `pkg/api/legacyscheme/scheme.go:30`. */
  constructor(readonly name: string) {}

  addUnversionedTypes(gv: GroupVersion, ...types: GoType[]): void {
    this.addObservedVersion(gv);
    this.addKnownTypes(gv, ...types);
    for (const type of types) this.unversionedTypes.set(type, { ...gv, kind: type.name });
  }

  /** AddKnownTypes: the Go type's name is the kind. */
  addKnownTypes(gv: GroupVersion, ...types: GoType[]): void {
    this.addObservedVersion(gv);
    for (const type of types) this.addKnownTypeWithName({ ...gv, kind: type.name }, type);
  }

  addKnownTypeWithName(gvk: GroupVersionKind, type: GoType): void {
    this.addObservedVersion(gvk);
    if (gvk.version === '')
      throw new Error(`version is required on all types: ${gvkKey(gvk)} ${goTypeString(type)}`);
    const existing = this.gvkToType.get(gvkKey(gvk));
    if (existing && existing.type !== type) {
      throw new Error(
        `Double registration of different types for ${gvkString(gvk)}: old=${existing.type.pkg}.${existing.type.name}, new=${type.pkg}.${type.name} in scheme ${JSON.stringify(this.name)}`,
      );
    }
    if (existing) return;
    this.gvkToType.set(gvkKey(gvk), { gvk, type });
    const kinds = this.typeToGVK.get(type) ?? [];
    kinds.push(gvk);
    this.typeToGVK.set(type, kinds);
  }

  knownTypes(gv: GroupVersion): Map<string, GoType> {
    const out = new Map<string, GoType>();
    for (const { gvk, type } of this.gvkToType.values()) {
      if (gvk.group === gv.group && gvk.version === gv.version) out.set(gvk.kind, type);
    }
    return out;
  }

  allKnownTypes(): { gvk: GroupVersionKind; type: GoType }[] {
    return [...this.gvkToType.values()];
  }

  /** ObjectKinds: every GVK the object's type is registered as; Unstructured objects report their own. */
  objectKinds(obj: RuntimeObject): { gvks: GroupVersionKind[]; unversioned: boolean } {
    const type = typeOf(obj);
    if (type === unstructuredType) {
      const apiVersion = obj.apiVersion ?? '';
      const slash = apiVersion.indexOf('/');
      const gv =
        slash < 0
          ? { group: '', version: apiVersion }
          : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
      return { gvks: [{ ...gv, kind: obj.kind ?? '' }], unversioned: false };
    }
    const gvks = type && this.typeToGVK.get(type);
    if (!type || !gvks)
      throw new NotRegisteredError(
        this.name,
        null,
        null,
        type ? goTypeString(type) : 'map[string]interface {}',
      );
    return { gvks, unversioned: this.unversionedTypes.has(type) };
  }

  recognizes(gvk: GroupVersionKind): boolean {
    return this.gvkToType.has(gvkKey(gvk));
  }

  isUnversioned(obj: RuntimeObject): boolean {
    const type = typeOf(obj);
    return !!type && this.unversionedTypes.has(type);
  }

  typeFor(gvk: GroupVersionKind): GoType | undefined {
    return this.gvkToType.get(gvkKey(gvk))?.type;
  }

  /** New: a zero object of the registered type, with an empty TypeMeta as Go's New returns. */
  new(gvk: GroupVersionKind): RuntimeObject {
    const entry = this.gvkToType.get(gvkKey(gvk));
    if (!entry) throw new NotRegisteredError(this.name, gvk, null, null);
    return setType({}, entry.type);
  }

  addConversionFunc(from: GoType, to: GoType, fn: ConversionFunc, name?: string): void {
    const byTarget = this.conversions.get(from) ?? new Map();
    byTarget.set(to, {
      fn,
      name: name ?? `Convert_${pkgName(from)}_${from.name}_To_${pkgName(to)}_${to.name}`,
    });
    this.conversions.set(from, byTarget);
  }

  conversionsOf(type: GoType): ConversionInfo[] {
    return [...(this.conversions.get(type) ?? new Map()).entries()].map(([to, c]) => ({
      from: type,
      to,
      name: c.name,
    }));
  }

  addTypeDefaultingFunc(type: GoType, fn: DefaulterFunc, name?: string): void {
    this.defaulters.set(type, { fn, name: name ?? `SetObjectDefaults_${type.name}` });
  }

  defaulterName(type: GoType): string | undefined {
    return this.defaulters.get(type)?.name;
  }

  /** Default applies the registered defaulting function of the object's type, if any. */
  default(obj: RuntimeObject): void {
    const type = typeOf(obj);
    if (type) this.defaulters.get(type)?.fn(obj);
  }

  addFieldLabelConversionFunc(gvk: GroupVersionKind, fn: FieldLabelConversionFunc): void {
    this.fieldLabelConversions.set(gvkKey(gvk), fn);
  }

  /** Whether a field label conversion function is registered for `gvk` (Go keeps them in a map by GVK). */
  hasFieldLabelConversionFunc(gvk: GroupVersionKind): boolean {
    return this.fieldLabelConversions.has(gvkKey(gvk));
  }

  /** ConvertFieldLabel: only registered labels are allowed, besides metadata.name and metadata.namespace. */
  convertFieldLabel(gvk: GroupVersionKind, label: string, value: string): [string, string] {
    const fn = this.fieldLabelConversions.get(gvkKey(gvk));
    if (!fn) {
      if (label === 'metadata.name' || label === 'metadata.namespace') return [label, value];
      throw new Error(`field label not supported: ${label}`);
    }
    return fn(label, value);
  }

  /** Convert: `in` into `out` (whose type decides the target); self-conversion is a deep copy. */
  convert(input: RuntimeObject, out: RuntimeObject): void {
    const from = typeOf(input);
    const to = typeOf(out);
    if (from && to && from === to) {
      Object.assign(out, deepCopyObject(input));
      return;
    }
    const c = from && to ? this.conversions.get(from)?.get(to) : undefined;
    if (!c) {
      const name = (t: GoType | undefined) => (t ? `*${goTypeString(t)}` : 'map[string]interface {}');
      throw new Error(`converting (${name(from)}) to (${name(to)}): unknown conversion`);
    }
    c.fn(input, out, this);
  }

  /** ConvertToVersion: a new object of the kind `target` picks; the input is not changed. */
  convertToVersion(input: RuntimeObject, target: GroupVersioner): RuntimeObject {
    const type = typeOf(input);
    const kinds = type && this.typeToGVK.get(type);
    if (!type || !kinds || kinds.length === 0) {
      throw new NotRegisteredError(
        this.name,
        null,
        null,
        type ? goTypeString(type) : 'map[string]interface {}',
      );
    }
    const gvk = target.kindForGroupVersionKinds(kinds);
    const unversioned = this.unversionedTypes.get(type);
    if (!gvk) {
      if (unversioned)
        return copyAndSetTargetKind(input, target.kindForGroupVersionKinds([unversioned]) ?? unversioned);
      throw new NotRegisteredError(this.name, null, parseTarget(target), goTypeString(type));
    }
    if (kinds.some((k) => gvkKey(k) === gvkKey(gvk))) return copyAndSetTargetKind(input, gvk);
    if (unversioned)
      return copyAndSetTargetKind(input, target.kindForGroupVersionKinds([unversioned]) ?? unversioned);
    const out = this.new(gvk);
    this.convert(input, out);
    return withTargetKind(out, gvk);
  }

  /** SetVersionPriority: the first version of a group is its preferred and storage version. */
  setVersionPriority(...versions: GroupVersion[]): void {
    const group = versions[0]?.group ?? '';
    if (versions.some((v) => v.group !== group))
      throw new Error(`${JSON.stringify(versions)} must be in the same group`);
    this.versionPriority.set(
      group,
      versions.map((v) => v.version),
    );
  }

  /** PrioritizedVersionsForGroup: prioritized versions first, then the other observed ones sorted. */
  prioritizedVersionsForGroup(group: string): GroupVersion[] {
    const out: GroupVersion[] = (this.versionPriority.get(group) ?? []).map((version) => ({
      group,
      version,
    }));
    const rest = this.observedVersions
      .filter((gv) => gv.group === group && gv.version !== APIVersionInternal)
      .filter((gv) => !out.some((o) => o.version === gv.version))
      .sort((a, b) => a.version.localeCompare(b.version));
    return [...out, ...rest];
  }

  prioritizedVersionsAllGroups(): GroupVersion[] {
    const groups = [...new Set(this.observedVersions.map((gv) => gv.group))].sort();
    return groups.flatMap((g) => this.prioritizedVersionsForGroup(g));
  }

  preferredVersionAllGroups(): GroupVersion[] {
    const groups = [...new Set(this.observedVersions.map((gv) => gv.group))].sort();
    return groups.flatMap((g) => this.prioritizedVersionsForGroup(g).slice(0, 1));
  }

  isGroupRegistered(group: string): boolean {
    return this.observedVersions.some((gv) => gv.group === group);
  }

  isVersionRegistered(gv: GroupVersion): boolean {
    return this.observedVersions.some((o) => o.group === gv.group && o.version === gv.version);
  }

  private addObservedVersion(gv: GroupVersion): void {
    if (gv.version === '' || gv.version === APIVersionInternal) return;
    if (!this.isVersionRegistered(gv)) this.observedVersions.push({ group: gv.group, version: gv.version });
  }
}

/** The Go type of Unstructured objects; they answer ObjectKinds from their own apiVersion/kind. */
export const unstructuredType: GoType = {
  pkg: 'k8s.io/apimachinery/pkg/apis/meta/v1/unstructured',
  name: 'Unstructured',
};

const pkgName = (t: GoType) => t.pkg.split('/').pop() ?? '';

function parseTarget(target: GroupVersioner): GroupVersion {
  const s = target.toString();
  const i = s.indexOf('/');
  return i < 0 ? { group: '', version: s } : { group: s.slice(0, i), version: s.slice(i + 1) };
}

function copyAndSetTargetKind(input: RuntimeObject, gvk: GroupVersionKind): RuntimeObject {
  return withTargetKind(deepCopyObject(input), gvk);
}

/**
 * The object with its TypeMeta set for `gvk` (cleared for the internal version), as a new object so that
 * kind and apiVersion come first without deleting properties (which makes V8 objects slow).
 */
export function withTargetKind(obj: RuntimeObject, gvk: GroupVersionKind): RuntimeObject {
  const type = typeOf(obj);
  const out: RuntimeObject =
    gvk.version === APIVersionInternal ? {} : { kind: gvk.kind, apiVersion: gvString(gvk) };
  for (const k in obj) if (k !== 'kind' && k !== 'apiVersion') out[k] = obj[k];
  if (type) setType(out, type);
  return out;
}
