// The player's keys, on the whole page, except where a key already means something (typing, a focused
// button's Space/Enter, the scrubber's arrows, Monaco, the arrows that pan a focused diagram).
import { useEffect } from 'react';
import { runKey, type PlayerActor } from './actions';

const scrollKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export function keyBelongsToTarget(e: KeyboardEvent): boolean {
  const el = e.target;
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.closest('.monaco-editor')) return true;
  if (el.closest('[data-keyboard-scroll]') && scrollKeys.has(e.key)) return true;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (e.key === ' ' || e.key === 'Enter'))
    return true;
  return false;
}

export function useKeyboard(player: PlayerActor): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || keyBelongsToTarget(e)) return;
      if (runKey(player, e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);
}
