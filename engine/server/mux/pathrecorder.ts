// Go twin: k8s.io/apiserver/pkg/server/mux/pathrecorder.go (PathRecorderMux, pathHandler, byPrefixPriority) @ v1.34.0
import { quote } from '../../util/strconv/quote';
import { compareGoStrings } from '../../util/sort/strings';
import { notFound, type Handler, type Request, type ResponseWriter } from '../http';

interface PrefixHandler {
  prefix: string;
  handler: Handler;
}

/**
 * PathRecorderMux serves a request by exact path first, then by the best registered prefix, then with the
 * not-found handler (http.NotFoundHandler unless set). It records the "listed" paths shown by the `/` index.
 */
export class PathRecorderMux {
  private notFound: Handler | null = null;
  private readonly pathToHandler = new Map<string, Handler>();
  private readonly prefixToHandler = new Map<string, Handler>();
  /** the paths that should be shown at / (Handle and HandlePrefix; a duplicate registration is listed twice) */
  private exposedPaths: string[] = [];
  /** what serves requests: rebuilt on every change, like Go's atomic pathHandler */
  private prefixHandlers: PrefixHandler[] = [];

  /** name is used for logging so you can trace requests through */
  constructor(readonly name: string) {}

  /** ListedPaths: the registered listed paths, sorted. */
  listedPaths(): string[] {
    return [...this.exposedPaths].sort(compareGoStrings);
  }

  /** NotFoundHandler sets the handler to use if there's no match for a given path. */
  notFoundHandler(handler: Handler): void {
    this.notFound = handler;
  }

  /** Unregister removes a path (exact or prefix) from the mux. */
  unregister(path: string): void {
    this.pathToHandler.delete(path);
    this.prefixToHandler.delete(path);
    const i = this.exposedPaths.indexOf(path);
    if (i >= 0) this.exposedPaths.splice(i, 1);
    this.refresh();
  }

  /** Handle registers the handler for exactly this path, and lists it. */
  handle(path: string, handler: Handler): void {
    this.exposedPaths.push(path);
    this.pathToHandler.set(path, handler);
    this.refresh();
  }

  /** UnlistedHandle registers the handler for exactly this path without listing it. */
  unlistedHandle(path: string, handler: Handler): void {
    this.pathToHandler.set(path, handler);
    this.refresh();
  }

  /** HandlePrefix is like Handle, but matches anything under the path, which must end in a slash. */
  handlePrefix(path: string, handler: Handler): void {
    if (!path.endsWith('/')) throw new Error(`${quote(path)} must end in a trailing slash`);
    this.exposedPaths.push(path);
    this.prefixToHandler.set(path, handler);
    this.refresh();
  }

  /** UnlistedHandlePrefix is like UnlistedHandle, but matches anything under the path. */
  unlistedHandlePrefix(path: string, handler: Handler): void {
    if (!path.endsWith('/')) throw new Error(`${quote(path)} must end in a trailing slash`);
    this.prefixToHandler.set(path, handler);
    this.refresh();
  }

  /** ServeHTTP (an arrow property, so the mux can be passed around as a Handler). */
  readonly serveHTTP: Handler = async (w: ResponseWriter, req: Request) => {
    const exact = this.pathToHandler.get(req.path);
    if (exact) return exact(w, req);
    for (const p of this.prefixHandlers) {
      if (req.path.startsWith(p.prefix)) return p.handler(w, req);
    }
    if (this.notFound) return this.notFound(w, req);
    notFound(w);
  };

  /** refreshMuxLocked: prefixes are tried most slashes first, then longest, then in reverse byte order. */
  private refresh(): void {
    const keys = [...this.prefixToHandler.keys()].sort((a, b) => -byPrefixPriority(a, b));
    this.prefixHandlers = keys.map((prefix) => ({ prefix, handler: this.prefixToHandler.get(prefix)! }));
  }
}

/** byPrefixPriority.Less as a comparator: fewer slashes, then shorter, then byte order come first. */
function byPrefixPriority(a: string, b: string): number {
  const slashes = (s: string) => s.split('/').length - 1;
  if (slashes(a) !== slashes(b)) return slashes(a) - slashes(b);
  const la = new TextEncoder().encode(a).length;
  const lb = new TextEncoder().encode(b).length;
  if (la !== lb) return la - lb;
  return compareGoStrings(a, b);
}
