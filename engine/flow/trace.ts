// A recorded request: the response plus every step it took, as data. Playback (back, scrub, permalinks,
// forks) works on this, never on a live request.
import type { HTTPRequest, HTTPResponse } from '../controlplane/request';
import type { KeyValue } from '../storage/etcd3/mvcc';
import type { GoTwin, StepGroup } from './steps';

export interface TraceStep {
  /** position in the run, from 0 */
  index: number;
  /** step id from the catalog, e.g. `filter.authentication` */
  id: string;
  label: string;
  group: StepGroup;
  go: GoTwin;
  /** the statechart state after this step, e.g. `handler.scheme:decode` */
  state: string;
  /** the server the request is in at this step */
  server: string;
  /** a copy of the object being processed at this point, or null */
  object: unknown;
  /** the Go type of that object, e.g. `v1.Pod` or `core.Pod` (internal) */
  objectType: string | null;
  /** the etcd revision when the step happened */
  revision: number;
  details: Record<string, unknown>;
}

export interface EtcdEntry {
  key: string;
  createRevision: number;
  modRevision: number;
  version: number;
  value: string;
}

export interface RecordedRun {
  request: HTTPRequest;
  response: HTTPResponse;
  steps: TraceStep[];
  etcdBefore: EtcdEntry[];
  etcdAfter: EtcdEntry[];
  /** steps the statechart did not allow: always empty unless the engine has a bug */
  violations: string[];
}

export const etcdEntries = (kvs: readonly KeyValue[]): EtcdEntry[] =>
  kvs.map((kv) => ({
    key: kv.key,
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    value: kv.value,
  }));
