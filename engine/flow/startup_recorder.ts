// Records start-up: builds a server chain with start-up tracing on and returns its steps as a run the player
// can step through like a request (the "request" is the start of kube-apiserver).
import { createActor } from 'xstate';
import { createServerChain, type ChainOptions, type ServerChain } from '../controlplane/server';
import { copyJSON } from '../runtime/object';
import { stepById } from './steps';
import { startupFlowMachine } from './startupFlow.machine';
import { etcdEntries, type RecordedRun, type TraceStep } from './trace';

const stateString = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

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
    const def = stepById.get(id);
    if (!def) {
      violations.push(`unknown step ${id}`);
      return;
    }
    const event = { type: `step.${id}` as const };
    if (!actor.getSnapshot().can(event))
      violations.push(`${id} is not allowed after ${stateString(actor.getSnapshot().value)}`);
    actor.send(event);
    if (id === 'startup.genericServer' && typeof details.name === 'string') currentServer = details.name;
    steps.push({
      index: steps.length,
      id,
      label: def.label,
      group: def.group,
      go: def.go,
      state: stateString(actor.getSnapshot().value),
      server: currentServer,
      object: null,
      objectType: null,
      revision: server ? server.etcd.currentRevision() : 1,
      details: copyJSON(details) as Record<string, unknown>,
    });
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
