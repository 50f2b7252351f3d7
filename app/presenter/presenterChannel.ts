// The presenter protocol over BroadcastChannel('kubewalk-presenter'): the main window announces each step it
// shows; a speaker-notes window asks for the current step when it opens (it may open mid-talk) and then follows.
// Messages from other tabs or other lessons are ignored, and anything malformed is dropped, never thrown.
export const presenterChannelName = 'kubewalk-presenter';

export type PresenterMessage =
  { type: 'presenter.step'; lessonId: string; index: number } | { type: 'presenter.hello'; lessonId: string };

export const stepMessage = (lessonId: string, index: number): PresenterMessage => ({
  type: 'presenter.step',
  lessonId,
  index,
});

export const helloMessage = (lessonId: string): PresenterMessage => ({ type: 'presenter.hello', lessonId });

/** A message received on the channel, checked; null when it is not one of ours. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.lessonId !== 'string' || m.lessonId === '') return null;
  if (m.type === 'presenter.hello') return helloMessage(m.lessonId);
  if (m.type === 'presenter.step' && Number.isInteger(m.index) && (m.index as number) >= 0)
    return stepMessage(m.lessonId, m.index as number);
  return null;
}

/** The notes window's step after a message: it moves only with its own lesson's main window. */
export function followStep(current: number | null, data: unknown, lessonId: string): number | null {
  const m = parsePresenterMessage(data);
  return m?.type === 'presenter.step' && m.lessonId === lessonId ? m.index : current;
}

/** The main window's answer to a message: the current step, when a notes window of this lesson says hello. */
export function answerHello(data: unknown, lessonId: string, index: number | null): PresenterMessage | null {
  const m = parsePresenterMessage(data);
  if (m?.type !== 'presenter.hello' || m.lessonId !== lessonId || index === null) return null;
  return stepMessage(lessonId, index);
}

/** A channel, or null where the browser has none (the presenter window then simply does not follow). */
export function openPresenterChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(presenterChannelName);
}
