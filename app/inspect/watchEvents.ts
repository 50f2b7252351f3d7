// Watch events: every etcd transaction of the timeline up to a step, in revision order as they happened.
import type { Timeline } from '../timeline/timeline';
import { txnDetails, type TxnDetails } from './etcdAtStep';

export interface WatchEvent extends TxnDetails {
  global: number;
  request: number;
}

export function watchEvents(timeline: Timeline, global: number): WatchEvent[] {
  const out: WatchEvent[] = [];
  for (const e of timeline.entries.slice(0, global + 1)) {
    const txn = txnDetails(e.step);
    if (txn) out.push({ ...txn, global: e.global, request: e.request });
  }
  return out;
}
