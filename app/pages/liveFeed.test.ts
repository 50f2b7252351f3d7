import { describe, expect, it } from 'vitest';
import type { RecordedRun, TraceStep } from '../../engine';
import {
  emptyFeed,
  liveFeedReducer,
  maxEntries,
  parseLiveEvent,
  streamURL,
  type FeedAction,
} from './liveFeed';

const info = (id: number, held = false) => ({
  id,
  method: 'POST',
  path: '/api/v1/pods',
  userAgent: 'kubectl',
  held,
});
const run = { response: { status: 201 } } as RecordedRun;
const step = (index: number) => ({ index, id: `s${index}` }) as TraceStep;
const play = (...actions: FeedAction[]) => actions.reduce(liveFeedReducer, emptyFeed);

describe('the live feed', () => {
  it('lists requests newest first and completes them with their run', () => {
    const feed = play(
      { type: 'request', data: info(1) },
      { type: 'request', data: info(2) },
      { type: 'run', data: { ...info(1), run } },
    );
    expect(feed.entries.map((e) => [e.info.id, e.run?.response.status ?? null])).toEqual([
      [2, null],
      [1, 201],
    ]);
  });

  it('collects the steps of a held request and follows the hold state', () => {
    const hold = { on: true, methods: null, held: 3, waiting: true };
    const feed = play(
      { type: 'hello', data: { ...hold, held: null, waiting: false } },
      { type: 'request', data: info(3, true) },
      { type: 'hold', data: hold },
      { type: 'step', data: { id: 3, step: step(0) } },
      { type: 'step', data: { id: 3, step: step(1) } },
      { type: 'step', data: { id: 99, step: step(0) } },
    );
    expect(feed.hold).toEqual(hold);
    expect(feed.entries[0]!.steps.map((s) => s.id)).toEqual(['s0', 's1']);
  });

  it('adds a run whose request event was missed, keeps at most maxEntries, and clears finished ones', () => {
    const many = Array.from({ length: maxEntries + 5 }, (_, i): FeedAction => ({
      type: 'request',
      data: info(i),
    }));
    const feed = play(...many, { type: 'run', data: { ...info(1000), run } });
    expect(feed.entries).toHaveLength(maxEntries);
    expect(feed.entries[0]!.info.id).toBe(1000);
    expect(liveFeedReducer(feed, { type: 'clear' }).entries).toHaveLength(maxEntries - 1);
  });

  it.each([
    ['http://127.0.0.1:8001', 'http://127.0.0.1:8001/kubewalk/live'],
    [' http://localhost:9000/some/path ', 'http://localhost:9000/kubewalk/live'],
    ['127.0.0.1:8001', null],
    ['ftp://127.0.0.1', null],
    ['', null],
  ])('streamURL(%j)', (input, want) => {
    expect(streamURL(input)).toBe(want);
  });

  it.each([
    ['hold', '{"on":true}', { type: 'hold', data: { on: true } }],
    ['hold', '{"on":', null],
    ['message', '{}', null],
  ])('parseLiveEvent(%s, %s)', (type, data, want) => {
    expect(parseLiveEvent(type, data)).toEqual(want);
  });
});
