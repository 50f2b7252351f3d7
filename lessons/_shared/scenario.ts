// Scenario hooks: what a static list of requests cannot say. A lesson may compact etcd during setup, or right
// before one of its requests (to show a watch from a forgotten revision answered with 410 Expired). The lesson
// tests and the player's recorder both run a scenario through `applySetupStep` and `beforeRequest`, so a
// scenario plays the same everywhere.
import type { HTTPResponse, ServerChain } from '../../engine';
import type { CompactStep, Scenario, ScenarioRequest } from '../types';

/** One setup entry: a request sent untraced, or a compaction. */
export type SetupStep = Scenario['setup'][number];

/** What the hooks need of a server chain (a `ServerChain` has it all). */
export type HookTarget = Pick<ServerChain, 'etcd' | 'ready' | 'handle'>;

export const isCompactAt = (v: unknown): v is CompactStep =>
  typeof v === 'object' && v !== null && (v as { compactAt?: unknown }).compactAt === 'current';

/**
 * Compacts etcd at its current revision, once the start-up hooks have written what they write. Compacting
 * again at the revision already compacted is a no-op (etcd itself would answer ErrCompacted).
 */
async function compactAtCurrent(server: HookTarget): Promise<void> {
  await server.ready;
  const revision = server.etcd.currentRevision();
  if (revision > server.etcd.compactRevision()) server.etcd.compact(revision);
}

/**
 * Applies one setup entry: sends a request and returns its response, or compacts etcd and returns undefined.
 * The status is the caller's to judge (the lesson tests fail on 300 or more; the player reports it).
 */
export async function applySetupStep(server: HookTarget, step: SetupStep): Promise<HTTPResponse | undefined> {
  if (isCompactAt(step)) {
    await compactAtCurrent(server);
    return undefined;
  }
  return server.handle(step);
}

/** Applies a scenario request's `before` hook, if it has one; call it right before recording the request. */
export async function beforeRequest(server: HookTarget, req: ScenarioRequest): Promise<void> {
  if (isCompactAt(req.before)) await compactAtCurrent(server);
}
