// The `<iframe>` snippet a teacher pastes into slides or a blog to show one lesson, optionally a step range.
import { formatRoute } from '../routing/route';

/** Step range in the permalink's numbering (0-based global step indices), both ends included. */
export interface StepRange {
  from: number;
  to: number;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The embed URL: the page's address without its hash, then the embed route. A range covering the whole lesson
 * (0..total-1) is left out, so the snippet stays short.
 */
export function embedURL(pageURL: string, id: string, range: StepRange, total: number): string {
  const base = pageURL.replace(/#.*$/, '');
  const from = range.from > 0 ? range.from : undefined;
  const to = range.to < total - 1 ? range.to : undefined;
  return base + formatRoute({ name: 'embed', id, from, to });
}

/** The snippet; the lesson title is escaped, since it ends up inside an attribute of someone's HTML. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="720" style="border:0" loading="lazy"></iframe>`;
}

/** A range typed as 1-based step numbers (as the player shows them), checked; null when it is not a range. */
export function rangeFromStepNumbers(from: string, to: string, total: number): StepRange | null {
  if (!/^\d+$/.test(from.trim()) || !/^\d+$/.test(to.trim())) return null;
  const f = Number(from) - 1;
  const t = Number(to) - 1;
  if (f < 0 || t >= total || f > t) return null;
  return { from: f, to: t };
}
