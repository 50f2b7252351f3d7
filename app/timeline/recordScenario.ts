// Records a lesson's scenario: a fresh server chain, the setup requests (untraced), then every scenario
// request traced in order.
import type {
  createServerChain as CreateServerChain,
  HTTPRequest,
  recordStartup as RecordStartup,
  ServerChain,
} from '../../engine';
import { applySetupStep, beforeRequest, isCompactAt } from '../../lessons/_shared/scenario';
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

/**
 * `recordStartup` is needed only for scenarios that trace start-up; the caller passes the engine's. Setup
 * entries and `before` hooks run through the lessons' own helpers, so a scenario plays here exactly as in the
 * lesson tests.
 */
export async function recordScenario(
  createServerChain: typeof CreateServerChain,
  scenario: Scenario,
  recordStartup?: typeof RecordStartup,
): Promise<RecordedScenario> {
  const runs: TitledRun[] = [];
  let server: ServerChain;
  if (scenario.traceStartup && recordStartup) {
    const started = await recordStartup(scenario.config);
    server = started.server;
    runs.push({
      title: {
        en: 'Start-up: CreateServerChain and installing the API',
        zh: '启动：CreateServerChain 与安装 API',
      },
      run: started.run,
    });
  } else {
    server = createServerChain(scenario.config);
  }
  const setupProblems: SetupProblem[] = [];
  for (const [i, step] of scenario.setup.entries()) {
    if (isCompactAt(step)) {
      await applySetupStep(server, step);
      continue;
    }
    const res = await server.handle(step);
    if (res.status >= 400) {
      setupProblems.push({ n: i + 1, request: step, status: res.status, message: statusMessage(res.body) });
    }
  }
  for (const r of scenario.requests) {
    await beforeRequest(server, r);
    runs.push({ title: r.title, run: await server.record(r.request) });
  }
  return { runs, setupProblems };
}
