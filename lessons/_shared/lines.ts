// Line ranges are written as anchors (text on the first and last line to highlight), not numbers, so that
// editing an excerpt does not silently shift every highlight. An anchor that no longer matches is an error
// the lesson tests report.
import type { Excerpt } from '../types';

export interface Anchor {
  /** excerpt id */
  excerpt: string;
  /** text on the first line to highlight (searched below the header comment) */
  from: string;
  /** text on the last line to highlight: the first line at or after `from` containing it; default: `from`'s line */
  to?: string;
}

/** Index of the first line after the header comment block. */
function bodyStart(lines: string[]): number {
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith('//')) i++;
  return i;
}

/** The 1-based inclusive line range an anchor designates. Throws when the excerpt or the text is missing. */
export function resolveAnchor(anchor: Anchor, excerpts: ReadonlyMap<string, Excerpt>): [number, number] {
  const excerpt = excerpts.get(anchor.excerpt);
  if (!excerpt) throw new Error(`no excerpt "${anchor.excerpt}"`);
  const lines = excerpt.source.split(/\r?\n/);
  const start = lines.findIndex((l, i) => i >= bodyStart(lines) && l.includes(anchor.from));
  if (start < 0) throw new Error(`excerpt "${anchor.excerpt}" has no line containing "${anchor.from}"`);
  if (anchor.to === undefined) return [start + 1, start + 1];
  const end = lines.findIndex((l, i) => i >= start && l.includes(anchor.to!));
  if (end < 0)
    throw new Error(
      `excerpt "${anchor.excerpt}" has no line containing "${anchor.to}" after "${anchor.from}"`,
    );
  return [start + 1, end + 1];
}
