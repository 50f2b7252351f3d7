// The recorder: runs one request through the server chain while observing it, turning every engine hook into
// a statechart event and a TraceStep. An optional async gate can hold the request at a step (live mode).
import { createActor } from 'xstate';
import type { RequestObserver } from '../endpoints/request/context';
import type { HTTPRequest, HTTPResponse } from '../controlplane/request';
import type { RuntimeObject } from '../runtime/object';
import type { MVCCStore } from '../storage/etcd3/mvcc';
import { copyJSON } from '../runtime/object';
import { requestFlowMachine } from './requestFlow.machine';
import { exitStepFor, filterHookNames, handlerHookNames, serverHookNames } from './steps';
import { traceStep } from './trace_step';
import { etcdEntries, type RecordedRun, type TraceStep } from './trace';

/** What the recorder needs from a server chain. */
export interface Recordable {
  readonly etcd: MVCCStore;
  readonly ready: Promise<void>;
  /** serves one request, reporting its inside to `observer` */
  handle(request: HTTPRequest, observer?: RequestObserver): Promise<HTTPResponse>;
}

/** Holds the request at a step until the promise settles (by default nothing waits). */
export type Gate = (step: TraceStep) => Promise<void> | void;

export interface RecordOptions {
  gate?: Gate;
}

/**
 * Records one request. The observer travels with the request (in its context), so other requests served
 * at the same time are neither traced nor held by the gate.
 */
export async function recordRequest(
  server: Recordable,
  request: HTTPRequest,
  options: RecordOptions = {},
): Promise<RecordedRun> {
  await server.ready;
  const actor = createActor(requestFlowMachine).start();
  const steps: TraceStep[] = [];
  const violations: string[] = [];
  // Filters run in the outermost server's chain: the aggregator's.
  let currentServer = 'kube-aggregator';

  const step = (
    id: string | undefined,
    obj: unknown,
    details: Record<string, unknown> = {},
  ): TraceStep | null =>
    traceStep(
      { actor, steps, violations, server: currentServer, revision: server.etcd.currentRevision() },
      id,
      obj,
      details,
    );
  const gated = async (traced: TraceStep | null) => {
    if (traced && options.gate) await options.gate(traced);
  };

  const etcdBefore = etcdEntries(server.etcd.dump());
  const observer: RequestObserver = {
    onFilter: (name) => gated(step(filterHookNames[name], null)),
    onFilterResult: (name, details) => {
      const id = filterHookNames[name];
      const traced = steps.findLast((s) => s.id === id);
      if (traced) Object.assign(traced.details, copyJSON(details));
    },
    onServer: (name) => {
      currentServer = name;
      return gated(step(serverHookNames[name], null));
    },
    onStep: (s, obj, details) => gated(step(handlerHookNames[s], obj as RuntimeObject | null, details ?? {})),
    onStorageEncode: (resource, obj, data) => {
      step('storage.encode', obj, { resource, bytes: data.length, stored: data });
    },
    onStorageRead: (resource, obj, details) => {
      step('storage.decode', obj, { resource, ...details });
    },
    onEtcdTxn: (details) => {
      step('etcd.txn', null, details);
    },
  };
  const response = await server.handle(request, observer);
  await gated(step(exitStepFor(response.status), null, { status: response.status }));
  actor.stop();
  return { request, response, steps, etcdBefore, etcdAfter: etcdEntries(server.etcd.dump()), violations };
}
