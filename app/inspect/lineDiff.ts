// A small line diff (longest common subsequence) for showing how the object changed between two steps.
export type DiffOp = ' ' | '+' | '-';
export interface DiffLine {
  op: DiffOp;
  text: string;
}
/** A hunk separator: `skipped` unchanged lines not shown. */
export interface DiffGap {
  op: '…';
  skipped: number;
}

/** Above this many cells the LCS table is skipped and the changed middle shown as removed then added. */
const maxCells = 4_000_000;

export function lineDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before[endA - 1] === after[endB - 1]) {
    endA--;
    endB--;
  }
  const head = before.slice(0, start).map((text) => ({ op: ' ' as const, text }));
  const tail = before.slice(endA).map((text) => ({ op: ' ' as const, text }));
  const a = before.slice(start, endA);
  const b = after.slice(start, endB);
  return [...head, ...middle(a, b), ...tail];
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  if (a.length * b.length > maxCells) {
    return [
      ...a.map((text) => ({ op: '-' as const, text })),
      ...b.map((text) => ({ op: '+' as const, text })),
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      out.push({ op: '-', text: a[i++]! });
    } else {
      out.push({ op: '+', text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: '-', text: a[i++]! });
  while (j < b.length) out.push({ op: '+', text: b[j++]! });
  return out;
}

/** The changed lines with `context` unchanged lines around each change; longer unchanged runs become gaps. */
export function hunks(diff: readonly DiffLine[], context = 3): (DiffLine | DiffGap)[] {
  const keep = diff.map(() => false);
  diff.forEach((d, i) => {
    if (d.op === ' ') return;
    for (let k = Math.max(0, i - context); k <= Math.min(diff.length - 1, i + context); k++) keep[k] = true;
  });
  const out: (DiffLine | DiffGap)[] = [];
  let skipped = 0;
  diff.forEach((d, i) => {
    if (keep[i]) {
      if (skipped > 0) out.push({ op: '…', skipped });
      skipped = 0;
      out.push(d);
    } else skipped++;
  });
  if (skipped > 0 && out.length > 0) out.push({ op: '…', skipped });
  return out;
}

export const prettyJSON = (value: unknown): string[] =>
  (JSON.stringify(value, null, 2) ?? 'undefined').split('\n');

/** The line diff of two objects' pretty JSON. */
export const objectDiff = (before: unknown, after: unknown): DiffLine[] =>
  lineDiff(prettyJSON(before), prettyJSON(after));
