// Go twin: k8s.io/apiserver/pkg/admission/interfaces.go (Attributes, MutationInterface,
// ValidationInterface) and chain.go @ v1.34.0
import type { UserInfo } from '../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../runtime/object';
import type { GroupVersionKind, GroupVersionResource } from '../runtime/schema/groupversion';
import { createPatch, type PatchOperation } from '../util/jsonpatch/diff';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

export interface Attributes {
  name: string;
  namespace: string;
  resource: GroupVersionResource;
  subresource: string;
  operation: Operation;
  kind: GroupVersionKind;
  object: RuntimeObject | null;
  oldObject: RuntimeObject | null;
  dryRun: boolean;
  userInfo?: UserInfo;
  /** set while a traced request runs a plugin: what the plugin wants a learner to see (e.g. a webhook call) */
  note?: (details: Record<string, unknown>) => void;
}

export interface Plugin {
  name: string;
  handles(op: Operation): boolean;
  /** mutating plugins change attrs.object in place (Go converts a webhook's patched copy back into it) */
  admit?(attrs: Attributes): Promise<void> | void;
  validate?(attrs: Attributes): Promise<void> | void;
}

/** What one plugin did to one request: the trace of an admission phase is a list of these. */
export interface PluginReport {
  plugin: string;
  /** mutating plugins: the change, as a JSON patch of the (internal) object; absent when nothing changed */
  patch?: PatchOperation[];
  /** the plugin rejected the request with this message */
  error?: string;
  /** what the plugin noted, e.g. each webhook's AdmissionReview request and response */
  notes?: Record<string, unknown>[];
}

/** chainAdmissionHandler: every mutating plugin in order, then every validating one. */
export class Chain {
  constructor(readonly plugins: Plugin[] = []) {}

  /** Admit: the mutating plugins that handle the operation, in order; the first error stops the chain. */
  async admit(attrs: Attributes, report?: PluginReport[]): Promise<void> {
    for (const p of this.plugins) {
      if (!p.admit || !p.handles(attrs.operation)) continue;
      if (!report) {
        await p.admit(attrs);
        continue;
      }
      const before = copyJSON(attrs.object);
      await run(
        p,
        attrs,
        report,
        (a) => p.admit!(a),
        (entry) => {
          // an empty struct appearing is no change: Go's value-typed fields (resources, status) are never absent
          const patch = createPatch(before, attrs.object).filter(
            (op) => !(op.op === 'add' && isEmptyObject(op.value)),
          );
          if (patch.length > 0) entry.patch = patch;
        },
      );
    }
  }

  /** Validate: the validating plugins that handle the operation, in order; the first error stops the chain. */
  async validate(attrs: Attributes, report?: PluginReport[]): Promise<void> {
    for (const p of this.plugins) {
      if (!p.validate || !p.handles(attrs.operation)) continue;
      if (!report) await p.validate(attrs);
      else await run(p, attrs, report, (a) => p.validate!(a));
    }
  }
}

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

async function run(
  p: Plugin,
  attrs: Attributes,
  report: PluginReport[],
  call: (a: Attributes) => Promise<void> | void,
  after?: (entry: PluginReport) => void,
): Promise<void> {
  const entry: PluginReport = { plugin: p.name };
  const notes: Record<string, unknown>[] = [];
  attrs.note = (d) => notes.push(copyJSON(d) as Record<string, unknown>);
  try {
    await call(attrs);
    after?.(entry);
  } catch (err) {
    entry.error = err instanceof Error ? err.message : String(err);
    throw err;
  } finally {
    delete attrs.note;
    if (notes.length > 0) entry.notes = notes;
    report.push(entry);
  }
}
