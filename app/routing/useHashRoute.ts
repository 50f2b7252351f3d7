import { useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

/** Fired by replaceRoute, which changes the address without a hashchange event. */
const replacedEvent = 'kubewalk:route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(replacedEvent, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(replacedEvent, onChange);
  };
};
const getHash = () => window.location.hash;

/** The current route; re-renders on hashchange (links, back/forward, a hand-edited address). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return useMemo(() => parseRoute(hash), [hash]);
}

/**
 * Puts a route in the address bar without a history entry or a hashchange event: stepping updates the
 * permalink, while Back still leaves the lesson.
 */
export function replaceRoute(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new Event(replacedEvent));
}
