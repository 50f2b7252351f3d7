import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** useState that survives a reload (localStorage), so a learner never loses what they typed. */
export function usePersistentState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or disabled: keep working in memory
    }
  }, [key, value]);
  return [value, setValue];
}
