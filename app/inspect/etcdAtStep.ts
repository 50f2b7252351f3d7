// The etcd keyspace as it was at a step: the run's etcdBefore with the run's etcd.txn steps up to that step
// applied. A txn step carries its type, key and revision; the rest of the entry comes from etcdAfter when the
// key still holds that revision there, else it is derived as etcd does (version + 1, createRevision kept) with
// the value from the storage.encode step that produced it.
import type { EtcdEntry, RecordedRun, TraceStep } from '../../engine';

export interface EtcdRow extends EtcdEntry {
  /** written or deleted by this request at or before the step */
  changed: boolean;
}

export interface EtcdView {
  revision: number;
  entries: EtcdRow[];
  /** keys this request deleted at or before the step */
  deleted: string[];
}

/** What an etcd.txn step records (engine RequestObserver.onEtcdTxn). */
export interface TxnDetails {
  type: 'PUT' | 'DELETE';
  key: string;
  revision: number;
}

export function txnDetails(step: TraceStep): TxnDetails | null {
  if (step.id !== 'etcd.txn') return null;
  const d = step.details as Partial<TxnDetails>;
  if (typeof d.key !== 'string' || (d.type !== 'PUT' && d.type !== 'DELETE')) return null;
  return { type: d.type, key: d.key, revision: Number(d.revision ?? step.revision) };
}

export function etcdAtStep(run: RecordedRun, local: number): EtcdView {
  const keys = new Map(run.etcdBefore.map((e) => [e.key, { ...e, changed: false }]));
  const deleted = new Set<string>();
  let lastEncoded: string | undefined;
  const upTo = Math.min(local, run.steps.length - 1);
  for (let i = 0; i <= upTo; i++) {
    const step = run.steps[i]!;
    if (step.id === 'storage.encode' && typeof step.details['stored'] === 'string') {
      lastEncoded = step.details['stored'];
      continue;
    }
    const txn = txnDetails(step);
    if (!txn) continue;
    if (txn.type === 'DELETE') {
      keys.delete(txn.key);
      deleted.add(txn.key);
      continue;
    }
    deleted.delete(txn.key);
    const after = run.etcdAfter.find((e) => e.key === txn.key && e.modRevision === txn.revision);
    const prior = keys.get(txn.key);
    keys.set(txn.key, {
      key: txn.key,
      createRevision: after?.createRevision ?? prior?.createRevision ?? txn.revision,
      modRevision: txn.revision,
      version: after?.version ?? (prior?.version ?? 0) + 1,
      value: after?.value ?? lastEncoded ?? '',
      changed: true,
    });
  }
  const entries = [...keys.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { revision: run.steps[upTo]?.revision ?? 0, entries, deleted: [...deleted].sort() };
}
