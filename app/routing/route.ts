// Hash routes: `#/` (lesson index), `#/lesson/<id>/step/<n>` (n = global step index, 0-based), `#/playground`,
// `#/live` (a running `npm run serve`), `#/trace` (open a saved trace file),
// `#/scheme[/<group>[/<version>[/<kind>]]]` (the scheme explorer; the core group "" is spelled `core`),
// `#/embed/<id>[?from=<n>&to=<m>]` (one lesson without the site's chrome, steps n..m as in the permalink),
// `#/notes/<id>` (the presenter's speaker notes, following the main window).
export type Route =
  | { name: 'index' }
  | { name: 'lesson'; id: string; step: number }
  | { name: 'playground' }
  | { name: 'live' }
  | { name: 'trace' }
  | { name: 'scheme'; group?: string; version?: string; kind?: string }
  | { name: 'embed'; id: string; from?: number; to?: number }
  | { name: 'notes'; id: string }
  | { name: 'fork'; id: string; step: number }
  | { name: 'notFound'; hash: string };

/** How the core (legacy) group, whose name is empty, appears in a scheme route. */
export const coreGroupSegment = 'core';

/** The route a location hash names; anything unrecognised is `notFound`, never an exception. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'index' };
  // only the embed route takes a query: the step range a teacher picked
  if (path.startsWith('embed/')) return parseEmbedRoute(path.slice('embed/'.length)) ?? notFound(hash);
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === 'playground') return { name: 'playground' };
  if (parts.length === 1 && parts[0] === 'live') return { name: 'live' };
  if (parts.length === 1 && parts[0] === 'trace') return { name: 'trace' };
  if (parts[0] === 'notes' && parts.length === 2) {
    const id = decodeSegment(parts[1]!);
    return id ? { name: 'notes', id } : notFound(hash);
  }
  if (parts[0] === 'scheme' && parts.length <= 4) return parseSchemeRoute(parts.slice(1)) ?? notFound(hash);
  if ((parts[0] === 'lesson' || parts[0] === 'fork') && parts[1]) {
    const name = parts[0];
    let id: string;
    try {
      id = decodeURIComponent(parts[1]);
    } catch {
      return { name: 'notFound', hash };
    }
    if (parts.length === 2) return { name, id, step: 0 };
    if (parts.length === 4 && parts[2] === 'step' && /^\d+$/.test(parts[3]!)) {
      return { name, id, step: Number(parts[3]) };
    }
  }
  return { name: 'notFound', hash };
}

/** The hash for a route (`#/…`), the inverse of parseRoute. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'index':
      return '#/';
    case 'playground':
      return '#/playground';
    case 'live':
      return '#/live';
    case 'trace':
      return '#/trace';
    case 'lesson':
      return `#/lesson/${encodeURIComponent(route.id)}/step/${route.step}`;
    case 'scheme':
      return formatSchemeRoute(route);
    case 'embed':
      return formatEmbedRoute(route);
    case 'notes':
      return `#/notes/${encodeURIComponent(route.id)}`;
    case 'fork':
      return `#/fork/${encodeURIComponent(route.id)}/step/${route.step}`;
    case 'notFound':
      return route.hash;
    default: {
      const never: never = route;
      throw new Error(`formatRoute: unknown route ${JSON.stringify(never)}`);
    }
  }
}

const notFound = (hash: string): Route => ({ name: 'notFound', hash });

/** A non-empty, well-encoded path segment, decoded; null otherwise. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment) || null;
  } catch {
    return null;
  }
}

/** `<id>[?from=<n>&to=<m>]`; null for an unknown parameter, a non-number or an empty range. */
function parseEmbedRoute(rest: string): Route | null {
  const q = rest.indexOf('?');
  const segment = q < 0 ? rest : rest.slice(0, q);
  const id = segment.includes('/') ? null : decodeSegment(segment);
  if (!id) return null;
  const route: Extract<Route, { name: 'embed' }> = { name: 'embed', id };
  if (q < 0) return route;
  for (const [key, value] of new URLSearchParams(rest.slice(q + 1))) {
    if ((key !== 'from' && key !== 'to') || !/^\d+$/.test(value) || route[key] !== undefined) return null;
    route[key] = Number(value);
  }
  if (route.from !== undefined && route.to !== undefined && route.from > route.to) return null;
  return route;
}

function formatEmbedRoute(route: Extract<Route, { name: 'embed' }>): string {
  const query = new URLSearchParams();
  if (route.from !== undefined) query.set('from', String(route.from));
  if (route.to !== undefined) query.set('to', String(route.to));
  const q = query.toString();
  return `#/embed/${encodeURIComponent(route.id)}${q ? `?${q}` : ''}`;
}

/** `[group, version, kind]` segments (any prefix of them) as a scheme route; null if one is malformed. */
function parseSchemeRoute(segments: string[]): Route | null {
  const decoded: string[] = [];
  for (const s of segments) {
    try {
      decoded.push(decodeURIComponent(s));
    } catch {
      return null;
    }
  }
  if (decoded.some((s) => s === '')) return null;
  const [group, version, kind] = decoded;
  const route: Route = { name: 'scheme' };
  if (group !== undefined) route.group = group === coreGroupSegment ? '' : group;
  if (version !== undefined) route.version = version;
  if (kind !== undefined) route.kind = kind;
  return route;
}

function formatSchemeRoute(route: Extract<Route, { name: 'scheme' }>): string {
  const segments: string[] = [];
  if (route.group !== undefined) {
    segments.push(route.group === '' ? coreGroupSegment : route.group);
    if (route.version !== undefined) {
      segments.push(route.version);
      if (route.kind !== undefined) segments.push(route.kind);
    }
  }
  return ['#/scheme', ...segments.map(encodeURIComponent)].join('/');
}
