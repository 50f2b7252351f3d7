// Go twin: k8s.io/apimachinery/pkg/runtime/scheme.go (AllKnownTypes, PrioritizedVersionsForGroup, New,
// Default, ConvertToVersion) @ v1.34.0
//
// Not a Go file: the scheme explorer's view of a Scheme, as plain data (no functions, no type tags), built only
// from the Scheme's public methods; and a sample conversion that runs the real path New → Default → convert
// to the internal version → ConvertToVersion, recording every stage or the error that stopped it.
import { copyJSON, goTypeString, setType, typeOf, type GoType, type RuntimeObject } from './object';
import { groupVersioner, internalGroupVersioner, type Scheme } from './scheme';
import {
  APIVersionInternal,
  gvkKey,
  gvString,
  type GroupVersion,
  type GroupVersionKind,
} from './schema/groupversion';

/** A Go type by import path and name, e.g. `{ pkg: 'k8s.io/api/core/v1', name: 'Pod' }`. */
export interface GoTypeRef {
  pkg: string;
  name: string;
}

/** A conversion function registered from (or into) a kind's Go type. */
export interface SchemeConversion {
  /** the generated function, e.g. `Convert_v1_Pod_To_core_Pod` */
  name: string;
  /** the kind at the other end; null when that Go type is not registered as any kind */
  other: GroupVersionKind | null;
  otherType: GoTypeRef;
}

export interface SchemeKind {
  group: string;
  version: string;
  kind: string;
  goType: GoTypeRef;
  /** `v1.Pod`, as Go's %v prints the type (and as trace steps name it) */
  goTypeString: string;
  /** registered for the `__internal` version */
  internal: boolean;
  /** registered with AddUnversionedTypes */
  unversioned: boolean;
  /** conversions from this kind's type, by target */
  conversions: SchemeConversion[];
  /** conversions into this kind's type, by source */
  conversionsInto: SchemeConversion[];
  /** the defaulting function, e.g. `SetObjectDefaults_Pod`, or null */
  defaulter: string | null;
  /** a field label conversion function is registered for this GVK (field selectors beyond name/namespace) */
  fieldLabelConversion: boolean;
}

export interface SchemeVersion {
  version: string;
  internal: boolean;
  /** position in the group's version priority (0: preferred and storage version); null for `__internal` */
  priority: number | null;
  /** kinds sorted by name */
  kinds: SchemeKind[];
}

export interface SchemeGroup {
  /** `''` for the core (legacy) group */
  group: string;
  /** the group's versions in priority order, then `__internal` */
  versions: SchemeVersion[];
  /** the first prioritized version, or null */
  preferredVersion: string | null;
}

export interface SchemeDescription {
  /** the name errors quote, e.g. `pkg/api/legacyscheme/scheme.go:30` */
  schemeName: string;
  /** groups in the order Go's PrioritizedVersionsAllGroups lists them (sorted, core first) */
  groups: SchemeGroup[];
}

const ref = (t: GoType): GoTypeRef => ({ pkg: t.pkg, name: t.name });

/** Every GVK registered in `scheme`, grouped by group and version, with its type, conversions and defaulter. */
export function describeScheme(scheme: Scheme): SchemeDescription {
  const known = scheme.allKnownTypes();
  const kindsOfType = new Map<GoType, GroupVersionKind[]>();
  for (const { gvk, type } of known) kindsOfType.set(type, [...(kindsOfType.get(type) ?? []), gvk]);
  const typeByRef = new Map<string, GoType>();
  for (const type of kindsOfType.keys()) typeByRef.set(goTypeKey(type), type);

  // conversions registered from every known type; the ones into a type are found from the other side
  const into = new Map<GoType, SchemeConversion[]>();
  const from = new Map<GoType, SchemeConversion[]>();
  for (const type of kindsOfType.keys()) {
    const out: SchemeConversion[] = [];
    for (const c of scheme.conversionsOf(type)) {
      const to = typeByRef.get(goTypeKey(c.to)) ?? c.to;
      for (const other of kindsOrNull(kindsOfType, to)) out.push({ name: c.name, other, otherType: ref(to) });
      for (const source of kindsOfType.get(type)!) {
        const list = into.get(to) ?? [];
        if (!list.some((x) => x.name === c.name && sameKind(x.other, source)))
          list.push({ name: c.name, other: source, otherType: ref(type) });
        into.set(to, list);
      }
    }
    from.set(type, out);
  }

  const groupNames = [...new Set(known.map((k) => k.gvk.group))].sort();
  const groups: SchemeGroup[] = groupNames.map((group) => {
    const prioritized = scheme.prioritizedVersionsForGroup(group).map((gv) => gv.version);
    const present = new Set(known.filter((k) => k.gvk.group === group).map((k) => k.gvk.version));
    const order = [
      ...prioritized.filter((v) => present.has(v)),
      ...[...present].filter((v) => v !== APIVersionInternal && !prioritized.includes(v)).sort(),
      ...(present.has(APIVersionInternal) ? [APIVersionInternal] : []),
    ];
    const versions = order.map((version): SchemeVersion => {
      const kinds = known
        .filter((k) => k.gvk.group === group && k.gvk.version === version)
        .map(({ gvk, type }): SchemeKind => {
          const obj = scheme.new(gvk);
          return {
            group,
            version,
            kind: gvk.kind,
            goType: ref(type),
            goTypeString: goTypeString(type),
            internal: version === APIVersionInternal,
            unversioned: scheme.isUnversioned(obj),
            conversions: from.get(type) ?? [],
            conversionsInto: into.get(type) ?? [],
            defaulter: scheme.defaulterName(type) ?? null,
            fieldLabelConversion: scheme.hasFieldLabelConversionFunc(gvk),
          };
        })
        .sort((a, b) => a.kind.localeCompare(b.kind));
      const p = prioritized.indexOf(version);
      return { version, internal: version === APIVersionInternal, priority: p < 0 ? null : p, kinds };
    });
    return { group, versions, preferredVersion: prioritized[0] ?? null };
  });
  return { schemeName: scheme.name, groups };
}

/** What a sample conversion did at one stage. */
export interface ConversionStage {
  stage: 'new' | 'default' | 'toInternal' | 'toVersion';
  /** the kind the object is at after the stage (null when its type is not registered) */
  gvk: GroupVersionKind | null;
  goType: GoTypeRef | null;
  /** the Go function that did the work: a conversion or defaulting function; null when none was needed */
  func: string | null;
  /** the object after the stage, as JSON */
  object: Record<string, unknown>;
}

export interface ConversionResult {
  stages: ConversionStage[];
  /** the error that stopped the conversion, exactly as the scheme reported it */
  error: { stage: ConversionStage['stage']; message: string } | null;
}

/**
 * Runs the real path for a sample object of kind `from` (its zero value plus `fields`): Scheme.New, Default,
 * ConvertToVersion to the internal version, then ConvertToVersion to `to`.
 */
export function convertSample(
  scheme: Scheme,
  from: GroupVersionKind,
  to: GroupVersion,
  fields: Record<string, unknown> = {},
): ConversionResult {
  const stages: ConversionStage[] = [];
  let obj: RuntimeObject;
  try {
    obj = scheme.new(from);
  } catch (e) {
    return { stages, error: { stage: 'new', message: messageOf(e) } };
  }
  Object.assign(obj, copyJSON(fields));
  stages.push(stageOf(scheme, 'new', obj, null));
  return runConversion(scheme, obj, to, stages);
}

/**
 * The same path for an object of an arbitrary Go type: a registered type (same package and name) converts as
 * its kind does; any other type stops with the scheme's `no kind is registered for the type …` error.
 */
export function convertSampleOfType(
  scheme: Scheme,
  type: GoTypeRef,
  to: GroupVersion,
  fields: Record<string, unknown> = {},
): ConversionResult {
  const known = scheme.allKnownTypes().find((k) => goTypeKey(k.type) === goTypeKey(type));
  const obj = setType(copyJSON(fields) as RuntimeObject, known?.type ?? { pkg: type.pkg, name: type.name });
  return runConversion(scheme, obj, to, [stageOf(scheme, 'new', obj, null)]);
}

function runConversion(
  scheme: Scheme,
  obj: RuntimeObject,
  to: GroupVersion,
  stages: ConversionStage[],
): ConversionResult {
  let stage: ConversionStage['stage'] = 'default';
  try {
    const type = typeOf(obj);
    scheme.default(obj);
    stages.push(stageOf(scheme, 'default', obj, (type && scheme.defaulterName(type)) ?? null));

    stage = 'toInternal';
    const internal = scheme.convertToVersion(obj, internalGroupVersioner);
    stages.push(stageOf(scheme, 'toInternal', internal, conversionName(scheme, obj, internal)));

    stage = 'toVersion';
    const out = scheme.convertToVersion(internal, groupVersioner(to));
    stages.push(stageOf(scheme, 'toVersion', out, conversionName(scheme, internal, out)));
    return { stages, error: null };
  } catch (e) {
    return { stages, error: { stage, message: messageOf(e) } };
  }
}

function stageOf(
  scheme: Scheme,
  stage: ConversionStage['stage'],
  obj: RuntimeObject,
  func: string | null,
): ConversionStage {
  const type = typeOf(obj);
  let gvk: GroupVersionKind | null = null;
  if (type) {
    try {
      const { gvks } = scheme.objectKinds(obj);
      gvk = gvks.find((k) => k.kind === obj.kind && gvString(k) === obj.apiVersion) ?? gvks[0] ?? null;
    } catch {
      gvk = null;
    }
  }
  return {
    stage,
    gvk,
    goType: type ? ref(type) : null,
    func,
    object: copyJSON(obj) as Record<string, unknown>,
  };
}

/** The registered function that turned `input`'s type into `output`'s; null for a copy (same type). */
function conversionName(scheme: Scheme, input: RuntimeObject, output: RuntimeObject): string | null {
  const a = typeOf(input);
  const b = typeOf(output);
  if (!a || !b || a === b) return null;
  return scheme.conversionsOf(a).find((c) => c.to === b)?.name ?? null;
}

function kindsOrNull(
  kindsOfType: Map<GoType, GroupVersionKind[]>,
  type: GoType,
): (GroupVersionKind | null)[] {
  const kinds = kindsOfType.get(type);
  return kinds && kinds.length > 0 ? kinds : [null];
}

const goTypeKey = (t: GoTypeRef) => `${t.pkg}.${t.name}`;
const sameKind = (a: GroupVersionKind | null, b: GroupVersionKind) => !!a && gvkKey(a) === gvkKey(b);
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
