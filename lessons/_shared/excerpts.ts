// Our abridged Go excerpts (`go/*.go`), loaded as text with Vite's `?raw` (works in the app and in vitest).
// Each file starts with a header naming the upstream file, the function, the tag and the link; the file name
// without `.go` is the excerpt id that step content refers to.
import type { Excerpt } from '../types';

const headerLine = /^\/\/ (Upstream|Function|Tag|Link): (.+)$/;

/**
 * Reads an excerpt's header. Lenient on purpose: a malformed header yields empty fields, which the lesson
 * schema test reports, rather than an exception that would take the whole player down.
 */
export function parseExcerpt(id: string, source: string): Excerpt {
  const fields: Record<string, string> = {};
  for (const line of source.split(/\r?\n/)) {
    if (!line.startsWith('//')) break;
    const m = headerLine.exec(line);
    if (m) fields[m[1]!] = m[2]!.trim();
  }
  return {
    id,
    path: fields['Upstream'] ?? '',
    func: fields['Function'] ?? '',
    tag: (fields['Tag'] ?? '') as Excerpt['tag'],
    url: fields['Link'] ?? '',
    source,
  };
}

/** Excerpts from an `import.meta.glob('./go/*.go', { query: '?raw', import: 'default', eager: true })` result. */
export function excerptsFromModules(modules: Record<string, string>): Excerpt[] {
  return Object.entries(modules)
    .map(([file, source]) => parseExcerpt(file.replace(/^.*\//, '').replace(/\.go$/, ''), source))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The excerpts every lesson may use: one per Go function the step catalog names, and a few variants. */
export const sharedExcerpts: Excerpt[] = excerptsFromModules(
  import.meta.glob<string>('./go/*.go', { query: '?raw', import: 'default', eager: true }),
);
