// The live page's model of a running server's trace stream (the SSE events `cli/live.ts` sends), kept apart
// from React so it can be tested alone. The wire types are restated here: the app never imports cli/.
import type { RecordedRun, TraceStep } from '../../engine';

export interface LiveRequestInfo {
  id: number;
  method: string;
  path: string;
  userAgent: string;
  held: boolean;
}

export interface HoldState {
  on: boolean;
  methods: string[] | null;
  held: number | null;
  waiting: boolean;
}

export type LiveEvent =
  | { type: 'hello'; data: HoldState }
  | { type: 'request'; data: LiveRequestInfo }
  | { type: 'step'; data: { id: number; step: TraceStep } }
  | { type: 'run'; data: LiveRequestInfo & { run: RecordedRun } }
  | { type: 'hold'; data: HoldState };

export const liveEventTypes = ['hello', 'request', 'step', 'run', 'hold'] as const;

export interface LiveEntry {
  info: LiveRequestInfo;
  /** the steps reached so far while held */
  steps: TraceStep[];
  /** the whole trace, once the request completed */
  run: RecordedRun | null;
}

export interface LiveFeed {
  /** newest first */
  entries: LiveEntry[];
  hold: HoldState;
}

/** Traces carry etcd dumps: keep the page's memory bounded in a long class. */
export const maxEntries = 200;

export const emptyFeed: LiveFeed = {
  entries: [],
  hold: { on: false, methods: null, held: null, waiting: false },
};

export type FeedAction = LiveEvent | { type: 'clear' };

export function liveFeedReducer(feed: LiveFeed, action: FeedAction): LiveFeed {
  switch (action.type) {
    case 'hello':
    case 'hold':
      return { ...feed, hold: action.data };
    case 'request':
      return {
        ...feed,
        entries: [{ info: action.data, steps: [], run: null }, ...feed.entries].slice(0, maxEntries),
      };
    case 'step':
      return update(feed, action.data.id, (e) => ({ ...e, steps: [...e.steps, action.data.step] }));
    case 'run': {
      const { run, ...info } = action.data;
      if (!feed.entries.some((e) => e.info.id === info.id)) {
        return { ...feed, entries: [{ info, steps: [], run }, ...feed.entries].slice(0, maxEntries) };
      }
      return update(feed, info.id, (e) => ({ ...e, run }));
    }
    case 'clear':
      return { ...feed, entries: feed.entries.filter((e) => e.run === null) };
    default: {
      const never: never = action;
      throw new Error(`liveFeedReducer: unknown event ${JSON.stringify(never)}`);
    }
  }
}

function update(feed: LiveFeed, id: number, f: (e: LiveEntry) => LiveEntry): LiveFeed {
  return { ...feed, entries: feed.entries.map((e) => (e.info.id === id ? f(e) : e)) };
}

/** The live stream's URL for a server URL the user typed, or null when it is not http(s). */
export function streamURL(server: string): string | null {
  let u: URL;
  try {
    u = new URL(server.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.origin}/kubewalk/live`;
}

/** Parses one SSE message into an event, or null when it is not one of ours. */
export function parseLiveEvent(type: string, data: string): LiveEvent | null {
  if (!(liveEventTypes as readonly string[]).includes(type)) return null;
  try {
    return { type, data: JSON.parse(data) } as LiveEvent;
  } catch {
    return null;
  }
}
