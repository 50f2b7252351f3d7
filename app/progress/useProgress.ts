// The page's progress record for components; they re-render when it changes.
import { useSyncExternalStore } from 'react';
import { progress, type ProgressFile } from './progressStore';

export function useProgress(): ProgressFile {
  return useSyncExternalStore(progress.subscribe, progress.get, progress.get);
}
