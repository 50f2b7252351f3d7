// Hash routes: `#/` (lesson index), `#/lesson/<id>/step/<n>` (n = global step index, 0-based), `#/playground`,
// `#/live` (a running `npm run serve`),
// `#/scheme[/<group>[/<version>[/<kind>]]]` (the scheme explorer; the core group "" is spelled `core`).
export type Route =
  | { name: 'index' }
  | { name: 'lesson'; id: string; step: number }
  | { name: 'playground' }
  | { name: 'live' }
  | { name: 'scheme'; group?: string; version?: string; kind?: string }
  | { name: 'notFound'; hash: string };

/** How the core (legacy) group, whose name is empty, appears in a scheme route. */
export const coreGroupSegment = 'core';

/** The route a location hash names; anything unrecognised is `notFound`, never an exception. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'index' };
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === 'playground') return { name: 'playground' };
  if (parts.length === 1 && parts[0] === 'live') return { name: 'live' };
  if (parts[0] === 'scheme' && parts.length <= 4) return parseSchemeRoute(parts.slice(1)) ?? notFound(hash);
  if (parts[0] === 'lesson' && parts[1]) {
    let id: string;
    try {
      id = decodeURIComponent(parts[1]);
    } catch {
      return { name: 'notFound', hash };
    }
    if (parts.length === 2) return { name: 'lesson', id, step: 0 };
    if (parts.length === 4 && parts[2] === 'step' && /^\d+$/.test(parts[3]!)) {
      return { name: 'lesson', id, step: Number(parts[3]) };
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
    case 'lesson':
      return `#/lesson/${encodeURIComponent(route.id)}/step/${route.step}`;
    case 'scheme':
      return formatSchemeRoute(route);
    case 'notFound':
      return route.hash;
    default: {
      const never: never = route;
      throw new Error(`formatRoute: unknown route ${JSON.stringify(never)}`);
    }
  }
}

const notFound = (hash: string): Route => ({ name: 'notFound', hash });

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
