// Records a lesson's scenario: a fresh server chain, the setup requests (untraced), then every scenario
// request traced in order.
import type { createServerChain as CreateServerChain, HTTPRequest } from '../../engine';
import type { Scenario } from '../../lessons/types';
import { statusMessage } from '../inspect/statusMessage';
import type { TitledRun } from './timeline';

export interface SetupProblem {
  /** 1-based position among the setup requests */
  n: number;
  request: HTTPRequest;
  status: number;
  message: string;
}

export interface RecordedScenario {
  runs: TitledRun[];
  /** setup requests the server refused: the lesson still plays, but from an unexpected state */
  setupProblems: SetupProblem[];
}

export async function recordScenario(
  createServerChain: typeof CreateServerChain,
  scenario: Scenario,
): Promise<RecordedScenario> {
  const server = createServerChain(scenario.config);
  const setupProblems: SetupProblem[] = [];
  for (const [i, request] of scenario.setup.entries()) {
    const res = await server.handle(request);
    if (res.status >= 400) {
      setupProblems.push({ n: i + 1, request, status: res.status, message: statusMessage(res.body) });
    }
  }
  const runs: TitledRun[] = [];
  for (const r of scenario.requests) runs.push({ title: r.title, run: await server.record(r.request) });
  return { runs, setupProblems };
}
