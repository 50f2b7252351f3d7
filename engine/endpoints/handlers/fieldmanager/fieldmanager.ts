// Go twin: k8s.io/apimachinery/pkg/util/managedfields/internal (fieldmanager.go Update/UpdateNoErrors,
// managedfields.go, managedfieldsupdater.go, buildmanagerinfo.go, capmanagers.go, skipnonapplied.go,
// stripmeta.go) with sigs.k8s.io/structured-merge-diff/v6/merge/update.go (Updater.Update), and
// k8s.io/apiserver/pkg/endpoints/handlers/create.go (managerOrUserAgent) @ v1.34.0
//
// metadata.managedFields for Update operations (create, update, patch). Server-side apply is not modelled.
// The Go chain for an update is versionCheck → lastAppliedUpdater → lastAppliedManager (all three are no-ops
// for updates) → skipNonApplied → capManagers → buildManagerInfo → managedFieldsUpdater → stripMeta →
// structuredMerge; `updateManagedFields` runs the same steps in that order.
import type { StructDef } from '../../../runtime/gotype';
import type { RuntimeObject } from '../../../runtime/object';
import { deepCopy, isObject } from '../../../util/json/value';
import { compareGoStrings } from '../../../util/sort/strings';
import { aggregateMessage, invalid, tooLong, type FieldError } from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { compareObjects, FieldSet, fieldSetFromPaths, goJSONString, stripMetaSet } from './fieldset';

/** metav1.ManagedFieldsEntry, in Go field order. */
export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
}

/** DefaultMaxUpdateManagers: more Update entries than this are merged into `ancient-changes`. */
export const DefaultMaxUpdateManagers = 10;
/** validation.FieldManagerMaxLength */
export const FieldManagerMaxLength = 128;

const ancientChangesManager = 'ancient-changes';
const currentOperation = 'current-operation';

interface VersionedSet {
  set: FieldSet;
  apiVersion: string;
  applied: boolean;
}

/** internal.ManagedInterface: sets and times keyed by manager identifier. */
interface Managed {
  fields: Map<string, VersionedSet>;
  times: Map<string, string | undefined>;
}

const emptyManaged = (): Managed => ({ fields: new Map(), times: new Map() });

interface ManagerInfo {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  subresource?: string;
}

/** BuildManagerIdentifier: the entry's JSON without time and fields, and without apiVersion for Apply. */
export function buildManagerIdentifier(e: ManagerInfo): string {
  const parts: string[] = [];
  if (e.manager) parts.push(`"manager":${goJSONString(e.manager)}`);
  if (e.operation) parts.push(`"operation":${goJSONString(e.operation)}`);
  if (e.apiVersion && e.operation !== 'Apply') parts.push(`"apiVersion":${goJSONString(e.apiVersion)}`);
  if (e.subresource) parts.push(`"subresource":${goJSONString(e.subresource)}`);
  return '{' + parts.join(',') + '}';
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** DecodeManagedFields. Throws with Go's message on a malformed entry. */
function decodeManagedFields(entries: unknown): Managed {
  const managed = emptyManaged();
  if (!Array.isArray(entries)) return managed;
  entries.forEach((raw: unknown, i) => {
    const e = isObject(raw) ? raw : {};
    const operation = str(e.operation);
    if (operation !== 'Apply' && operation !== 'Update')
      throw new Error('operation must be `Apply` or `Update`');
    const apiVersion = str(e.apiVersion);
    if (apiVersion.length < 1) throw new Error('apiVersion must not be empty');
    const fieldsType = str(e.fieldsType);
    if (fieldsType === '') throw new Error(`missing fieldsType in managed fields entry ${i}`);
    if (fieldsType !== 'FieldsV1')
      throw new Error(`invalid fieldsType "${fieldsType}" in managed fields entry ${i}`);
    const id = buildManagerIdentifier({
      manager: str(e.manager),
      operation,
      apiVersion,
      subresource: str(e.subresource),
    });
    const set = FieldSet.fromFieldsV1(e.fieldsV1 ?? {});
    managed.fields.set(id, { set, apiVersion, applied: operation === 'Apply' });
    managed.times.set(id, typeof e.time === 'string' ? e.time : undefined);
  });
  return managed;
}

const unixSeconds = (t: string | undefined) => {
  if (t === undefined) return 0;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
};

/** encodeManagedFields + sortEncodedManagedFields: by operation, time (seconds), manager, apiVersion, subresource. */
function encodeManagedFields(managed: Managed): ManagedFieldsEntry[] {
  const out: ManagedFieldsEntry[] = [];
  for (const [id, vs] of managed.fields) {
    const info = JSON.parse(id) as ManagerInfo;
    const entry: ManagedFieldsEntry = {};
    if (info.manager) entry.manager = info.manager;
    const operation = vs.applied ? 'Apply' : (info.operation ?? '');
    if (operation) entry.operation = operation;
    if (vs.apiVersion) entry.apiVersion = vs.apiVersion;
    const time = managed.times.get(id);
    if (time !== undefined) entry.time = time;
    entry.fieldsType = 'FieldsV1';
    entry.fieldsV1 = vs.set.toFieldsV1();
    if (info.subresource) entry.subresource = info.subresource;
    out.push(entry);
  }
  return out.sort(
    (p, q) =>
      compareGoStrings(p.operation ?? '', q.operation ?? '') ||
      unixSeconds(p.time) - unixSeconds(q.time) ||
      compareGoStrings(p.manager ?? '', q.manager ?? '') ||
      compareGoStrings(p.apiVersion ?? '', q.apiVersion ?? '') ||
      compareGoStrings(p.subresource ?? '', q.subresource ?? ''),
  );
}

/** isResetManagedFields: a present but empty list, or a list of one empty entry. */
function isResetManagedFields(mf: unknown): boolean {
  if (!Array.isArray(mf)) return false;
  if (mf.length === 0) return true;
  if (mf.length !== 1) return false;
  const e: unknown = mf[0];
  if (!isObject(e)) return e === null;
  return (
    ['manager', 'operation', 'apiVersion', 'fieldsType', 'subresource'].every((k) => !str(e[k])) &&
    (e.time === undefined || e.time === null) &&
    (e.fieldsV1 === undefined || e.fieldsV1 === null)
  );
}

function decodeOrEmpty(mf: unknown): Managed {
  try {
    return decodeManagedFields(mf);
  } catch {
    return emptyManaged();
  }
}

/** decodeLiveOrNew: the request's managedFields win unless absent, empty, undecodable, or on a subresource. */
function decodeLiveOrNew(live: RuntimeObject, obj: RuntimeObject, isSubresource: boolean): Managed {
  const liveMF = live.metadata?.managedFields;
  if (isSubresource) return decodeOrEmpty(liveMF);
  const newMF = obj.metadata?.managedFields;
  if (isResetManagedFields(newMF)) return emptyManaged();
  try {
    const managed = decodeManagedFields(newMF);
    if (managed.fields.size > 0) return managed;
  } catch {
    // fall through to the live object's
  }
  return decodeOrEmpty(liveMF);
}

/** merge.Updater.Update: other managers lose what changed; `workflow` gets what it changed. */
function smdUpdate(
  live: RuntimeObject,
  obj: RuntimeObject,
  def: StructDef,
  version: string,
  managers: Map<string, VersionedSet>,
  workflow: string,
  ignored: FieldSet,
): void {
  const raw = compareObjects(live, obj, def);
  const cmp = {
    added: raw.added.recursiveDifference(ignored),
    modified: raw.modified.recursiveDifference(ignored),
    removed: raw.removed.recursiveDifference(ignored),
  };
  const changed = cmp.modified.union(cmp.added);
  // Entries recorded at other API versions are compared on this version's objects: built-in kinds keep
  // their field paths across versions (SMD would convert both objects to the entry's version first).
  for (const [manager, vs] of managers) {
    if (manager === workflow) continue;
    let set = vs.set;
    const conflicts = set.intersection(changed);
    if (!conflicts.isEmpty()) set = set.difference(conflicts);
    if (!cmp.removed.isEmpty()) set = set.difference(cmp.removed);
    managers.set(manager, { ...vs, set });
  }
  for (const [manager, vs] of managers) if (vs.set.isEmpty()) managers.delete(manager);

  const prev = managers.get(workflow)?.set ?? new FieldSet();
  const set = prev.difference(cmp.removed).union(cmp.modified).union(cmp.added).recursiveDifference(ignored);
  if (set.isEmpty()) managers.delete(workflow);
  else managers.set(workflow, { set, apiVersion: version, applied: false });
}

/** capManagersManager.capUpdateManagers: merges the oldest Update entries into versioned `ancient-changes`. */
function capUpdateManagers(managed: Managed, max: number): void {
  const updaters = [...managed.fields].filter(([, vs]) => !vs.applied).map(([m]) => m);
  if (updaters.length <= max) return;
  updaters.sort(
    (a, b) => unixSeconds(managed.times.get(a)) - unixSeconds(managed.times.get(b)) || compareGoStrings(a, b),
  );
  const versionToFirstManager = new Map<string, string>();
  let length = updaters.length;
  for (let i = 0; i < updaters.length && length > max; i++) {
    const manager = updaters[i]!;
    const vs = managed.fields.get(manager)!;
    const time = managed.times.get(manager);
    const version = vs.apiVersion;
    const bucket = buildManagerIdentifier({
      manager: ancientChangesManager,
      operation: 'Update',
      apiVersion: version,
    });
    const first = versionToFirstManager.get(version);
    if (first === undefined) {
      versionToFirstManager.set(version, manager);
      continue;
    }
    if (!managed.fields.has(bucket)) {
      managed.fields.set(bucket, managed.fields.get(first)!);
      managed.fields.delete(first);
    }
    managed.fields.set(bucket, {
      set: vs.set.union(managed.fields.get(bucket)!.set),
      apiVersion: version,
      applied: vs.applied,
    });
    managed.fields.delete(manager);
    length--;
    managed.times.set(bucket, time);
  }
}

export interface UpdateManagedFieldsOptions {
  /** The stored object (versioned, with its managedFields), or null for a create. */
  liveObj: RuntimeObject | null;
  /** The object about to be stored, versioned and defaulted; its own managedFields are read as in Go. */
  newObj: RuntimeObject;
  /** managerOrUserAgent(fieldManager, userAgent); '' becomes `unknown`. */
  manager: string;
  /** The request's group/version, e.g. `v1` or `apps/v1`. */
  apiVersion: string;
  /** The server clock, RFC 3339 (`2025-01-01T00:00:00Z`). */
  time: string;
  /** `status`, `scale`, … for a subresource request. */
  subresource?: string;
  /** The StructDef of the versioned type (typeOf(newObj).def). */
  def: StructDef;
  /** The strategy's GetResetFields for this version, as dotted field paths (`status`, `metadata.labels`). */
  resetFields?: readonly string[];
  maxUpdateManagers?: number;
}

/**
 * FieldManager.UpdateNoErrors for an Update operation: the managedFields the new object should be stored
 * with. An empty array means the object carries none (Go's nil: omit `metadata.managedFields`).
 */
export function updateManagedFields(opts: UpdateManagedFieldsOptions): ManagedFieldsEntry[] {
  const live: RuntimeObject = opts.liveObj ?? {};
  const subresource = opts.subresource ?? '';
  const managed = decodeLiveOrNew(live, opts.newObj, subresource !== '');
  // RemoveObjectManagedFields(newObj): the request's own entries are never part of the diff.
  const { managedFields: _ignored, ...metadata } = opts.newObj.metadata ?? {};
  const obj: RuntimeObject = { ...opts.newObj, metadata };

  // skipNonApplied: an object that exists without managedFields is not tracked by updates (with the
  // default track-on-create probability of 1, a create always is).
  if (managed.fields.size === 0 && (live.metadata?.uid ?? '') !== '') return [];

  try {
    const id = buildManagerIdentifier({
      manager: opts.manager === '' ? 'unknown' : opts.manager,
      operation: 'Update',
      apiVersion: opts.apiVersion,
      subresource,
    });
    const ignored = fieldSetFromPaths(opts.resetFields ?? []);
    smdUpdate(live, obj, opts.def, opts.apiVersion, managed.fields, currentOperation, ignored);

    const current = managed.fields.get(currentOperation);
    if (current) {
      // stripMetaManager
      const stripped = current.set.difference(stripMetaSet);
      managed.fields.delete(currentOperation);
      if (!stripped.isEmpty()) {
        // managedFieldsUpdater: the operation changed the object, so the entry is (re)stamped.
        const previous = managed.fields.get(id);
        const set = previous ? stripped.union(previous.set) : stripped;
        managed.fields.set(id, { set, apiVersion: current.apiVersion, applied: current.applied });
        managed.times.set(id, opts.time);
      }
    }
    capUpdateManagers(managed, opts.maxUpdateManagers ?? DefaultMaxUpdateManagers);
    return encodeManagedFields(managed);
  } catch {
    // UpdateNoErrors: keep the live object's managedFields rather than lose them.
    const liveMF = live.metadata?.managedFields;
    return Array.isArray(liveMF) ? (deepCopy(liveMF) as ManagedFieldsEntry[]) : [];
  }
}

/** Stores entries on the object, or removes metadata.managedFields when there are none. */
export function setManagedFields(obj: RuntimeObject, entries: readonly ManagedFieldsEntry[]): void {
  obj.metadata ??= {};
  if (entries.length > 0) obj.metadata.managedFields = [...entries];
  else delete obj.metadata.managedFields;
}

// ---- manager names ---------------------------------------------------------------------------------------------

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint. A lone surrogate stands for the U+FFFD Go's decoder would have made of it. */
function isPrint(ch: string): boolean {
  if (ch === ' ') return true;
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xd800 && cp <= 0xdfff) return true;
  return printable.test(ch);
}

function runeLen(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xd800 && cp <= 0xdfff) return 3;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * managerOrUserAgent: the fieldManager query parameter, or else the user agent up to its first `/`, without
 * unprintable characters and cut to 128 bytes (`kubectl/v1.34.0 (linux/amd64) kubernetes/abc` → `kubectl`).
 */
export function managerOrUserAgent(manager: string, userAgent: string): string {
  if (manager !== '') return manager;
  const head = userAgent.split('/')[0]!;
  let out = '';
  let bytes = 0;
  for (const ch of head) {
    if (!isPrint(ch)) continue;
    const n = runeLen(ch);
    if (bytes + n > FieldManagerMaxLength) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** ValidateFieldManager: at most 128 bytes, printable characters only (positions are byte offsets). */
export function validateFieldManagerErrors(
  fieldManager: string,
  fldPath: Path = newPath('fieldManager'),
): FieldError[] {
  const errs: FieldError[] = [];
  let bytes = 0;
  for (const ch of fieldManager) bytes += runeLen(ch);
  if (bytes > FieldManagerMaxLength) errs.push(tooLong(fldPath, fieldManager, FieldManagerMaxLength));
  let pos = 0;
  for (const ch of fieldManager) {
    if (!isPrint(ch)) {
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      errs.push(invalid(fldPath, fieldManager, `invalid character U+${hex} (at position ${pos})`));
    }
    pos += runeLen(ch);
  }
  return errs;
}

/** The aggregated message of validateFieldManagerErrors, or null when the name is valid. */
export function validateFieldManager(fieldManager: string): string | null {
  const errs = validateFieldManagerErrors(fieldManager);
  return errs.length > 0 ? aggregateMessage(errs) : null;
}
