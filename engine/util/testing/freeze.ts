// Go twin: none — a test helper: deep-freezes JSON values so any mutation by the code under test throws.

export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

/** Parses JSON (so `__proto__` keys become own properties) and deep-freezes the result. */
export function frozenJSON(s: string): unknown {
  return deepFreeze(JSON.parse(s) as unknown);
}
