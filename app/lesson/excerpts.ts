// Finds the Go excerpt a step names: in the lesson's own excerpts, then in the catalogue's shared ones.
// The lesson contract (lessons/types.ts) names excerpts by id; where they live is read from either shape.
import type { Excerpt, Lesson } from '../../lessons/types';

export type ExcerptBag =
  readonly Excerpt[] | ReadonlyMap<string, Excerpt> | Readonly<Record<string, Excerpt>>;

function lookUp(bag: ExcerptBag | undefined, id: string): Excerpt | undefined {
  if (!bag) return undefined;
  if (Array.isArray(bag)) return (bag as readonly Excerpt[]).find((e) => e.id === id);
  if (bag instanceof Map) return (bag as ReadonlyMap<string, Excerpt>).get(id);
  return Object.hasOwn(bag, id) ? (bag as Readonly<Record<string, Excerpt>>)[id] : undefined;
}

export function findExcerpt(lesson: Lesson, id: string, shared?: ExcerptBag): Excerpt | undefined {
  const own = (lesson as Lesson & { excerpts?: ExcerptBag }).excerpts;
  return lookUp(own, id) ?? lookUp(shared, id);
}
