// Records start-up: builds a server chain with start-up tracing on and returns its steps as a run the player
// can step through like a request (the "request" is the start of kube-apiserver).
import { createActor } from 'xstate';
import { createServerChain, type ChainOptions, type ServerChain } from '../controlplane/server';
import { startupFlowMachine } from './startupFlow.machine';
import { traceStep } from './trace_step';
import { etcdEntries, type RecordedRun, type TraceStep } from './trace';

export interface RecordedStartup {
  run: RecordedRun;
  /** the started server, ready to serve the lesson's requests */
  server: ServerChain;
}

export async function recordStartup(options: ChainOptions = {}): Promise<RecordedStartup> {
  const actor = createActor(startupFlowMachine).start();
  const steps: TraceStep[] = [];
  const violations: string[] = [];
  let server: ServerChain | null = null;
  let currentServer = 'kube-apiserver';
  const onStartup = (id: string, details: Record<string, unknown>) => {
    if (id === 'startup.genericServer' && typeof details.name === 'string') currentServer = details.name;
    const revision = server ? server.etcd.currentRevision() : 1;
    traceStep({ actor, steps, violations, server: currentServer, revision }, id, null, details);
    options.onStartup?.(id, details);
  };
  server = createServerChain({ ...options, onStartup });
  await server.ready;
  actor.stop();
  return {
    server,
    run: {
      request: { method: 'START', path: 'kube-apiserver' },
      response: { status: 200, headers: {}, body: '' },
      steps,
      etcdBefore: [],
      etcdAfter: etcdEntries(server.etcd.dump()),
      violations,
    },
  };
}
