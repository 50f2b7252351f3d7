// Hash routes: `#/` (lesson index), `#/lesson/<id>/step/<n>` (n = global step index, 0-based), `#/playground`.
export type Route =
  | { name: 'index' }
  | { name: 'lesson'; id: string; step: number }
  | { name: 'playground' }
  | { name: 'notFound'; hash: string };

/** The route a location hash names; anything unrecognised is `notFound`, never an exception. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'index' };
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === 'playground') return { name: 'playground' };
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
    case 'lesson':
      return `#/lesson/${encodeURIComponent(route.id)}/step/${route.step}`;
    case 'notFound':
      return route.hash;
    default: {
      const never: never = route;
      throw new Error(`formatRoute: unknown route ${JSON.stringify(never)}`);
    }
  }
}
