// Presenter mode in the page: the remembered toggle (a class on <html> that the stylesheet enlarges and
// simplifies), the clicker's blank-screen keys, and the two ends of the speaker-notes channel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { keyBelongsToTarget } from '../player/useKeyboard';
import { usePersistentState } from '../usePersistentState';
import { answerHello, followStep, helloMessage, openPresenterChannel, stepMessage } from './presenterChannel';

export const presenterClass = 'presenter';
/** Keys presentation clickers send for "black screen". */
export const blankKeys: readonly string[] = ['b', 'B', '.'];

/** Whether presenter mode is on, remembered across reloads; while mounted, it sets the class on <html>. */
export function usePresenterMode(): [boolean, (on: boolean) => void] {
  const [stored, setOn] = usePersistentState<boolean>('kubewalk.presenter', false);
  const on = stored === true;
  useEffect(() => {
    document.documentElement.classList.toggle(presenterClass, on);
    return () => document.documentElement.classList.remove(presenterClass);
  }, [on]);
  return [on, setOn];
}

/**
 * Whether the screen is blanked. In presenter mode `b`/`.` toggle it, before the player sees the key (`b` is
 * the breakpoint key otherwise); Escape brings the screen back.
 */
export function useBlankScreen(enabled: boolean): boolean {
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    if (!enabled) {
      setBlank(false);
      return;
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keyBelongsToTarget(e)) return;
      if (blankKeys.includes(e.key)) setBlank((b) => !b);
      else if (e.key === 'Escape') setBlank(false);
      else return;
      e.preventDefault();
    };
    // capture phase: runs before the player's own keydown listener
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
  return blank;
}

/** The main window's end: returns a function to call with every step shown; answers notes windows' hellos. */
export function usePresenterSender(lessonId: string): (index: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef<number | null>(null);
  useEffect(() => {
    const ch = openPresenterChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (e: MessageEvent) => {
      const reply = answerHello(e.data, lessonId, current.current);
      if (reply) ch.postMessage(reply);
    };
    if (current.current !== null) ch.postMessage(stepMessage(lessonId, current.current));
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [lessonId]);
  return useCallback(
    (index: number) => {
      current.current = index;
      channel.current?.postMessage(stepMessage(lessonId, index));
    },
    [lessonId],
  );
}

/** The notes window's end: the step the main window shows, null until it has said. */
export function usePresenterReceiver(lessonId: string): number | null {
  const [index, setIndex] = useState<number | null>(null);
  useEffect(() => {
    const ch = openPresenterChannel();
    if (!ch) return;
    ch.onmessage = (e: MessageEvent) => setIndex((i) => followStep(i, e.data, lessonId));
    ch.postMessage(helloMessage(lessonId));
    return () => ch.close();
  }, [lessonId]);
  return index;
}
