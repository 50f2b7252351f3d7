// The player actor for one timeline, with speed and breakpoints remembered across reloads.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import type { StepGroup } from '../../engine';
import { allGroups } from '../timeline/timeline';
import { usePersistentState } from '../usePersistentState';
import { playerMachine, speeds, type StepRange } from './player.machine';

interface Prefs {
  speed: number;
  breakpoints: StepGroup[];
}

function sane(p: Partial<Prefs> | null): Prefs {
  const speed = (speeds as readonly number[]).includes(Number(p?.speed)) ? Number(p!.speed) : 1;
  const breakpoints = Array.isArray(p?.breakpoints) ? p.breakpoints.filter((g) => allGroups.includes(g)) : [];
  return { speed, breakpoints };
}

/** Call it in a component keyed by the timeline: the actor is created once, on the first render. */
export function usePlayer(kinds: StepGroup[], index: number, range?: StepRange) {
  const [stored, setPrefs] = usePersistentState<Prefs>('kubewalk.player', { speed: 1, breakpoints: [] });
  const prefs = sane(stored);
  const actor = useActorRef(playerMachine, { input: { kinds, index, range, ...prefs } });
  const speed = useSelector(actor, (s) => s.context.speed);
  const breakpoints = useSelector(actor, (s) => s.context.breakpoints);
  useEffect(() => setPrefs({ speed, breakpoints }), [speed, breakpoints, setPrefs]);
  return actor;
}
