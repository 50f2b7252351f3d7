// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/watch.go (serveWatchHandler, WatchServer) and
// response.go (watchEmbeddedEncoder) @ v1.34.0
import type { RuntimeObject } from '../../runtime/object';
import type { WatchInterface } from '../../storage/interfaces';
import type { Request, ResponseWriter } from '../../server/http';
import type { MediaTypeOptions } from './negotiation/negotiate';
import { encodePlain, toExternal } from './response';
import type { RequestScope } from './rest';
import { buildTable, defaultTablePrinter, parseIncludeObject } from './table';

/**
 * Streams watch events as newline-delimited `{"type":…,"object":…}` frames. Headers go out at once; the
 * stream ends when the client leaves, the watch stops, or timeoutSeconds passes.
 */
export async function serveWatch(
  watcher: WatchInterface,
  scope: RequestScope,
  mt: MediaTypeOptions,
  req: Request,
  w: ResponseWriter,
  timeoutSeconds?: number,
): Promise<void> {
  const info = mt.accepted;
  w.header().set('Content-Type', mt.contentType);
  w.header().set('Transfer-Encoding', 'chunked');
  w.writeHeader(200);
  w.flush();
  const onClose = () => watcher.stop();
  w.closed.addEventListener('abort', onClose);
  const timer =
    timeoutSeconds && timeoutSeconds > 0
      ? setTimeout(() => watcher.stop(), timeoutSeconds * 1000)
      : undefined;
  let first = true;
  try {
    for await (const event of watcher) {
      if (w.closed.aborted) break;
      let object: unknown;
      if (event.type === 'ERROR') {
        object = event.object;
      } else if (mt.convert?.kind === 'Table') {
        const apiVersion = `${mt.convert.group}/${mt.convert.version}`;
        const obj = event.object as RuntimeObject;
        object = buildTable(
          scope.tablePrinter ?? defaultTablePrinter,
          { items: [obj], listMeta: { resourceVersion: obj.metadata?.resourceVersion ?? '' } },
          scope.now(),
          apiVersion,
          parseIncludeObject(req.query.get('includeObject')),
          (o) => JSON.parse(info.serializer.encode(toExternal(scope, o))),
          !first,
        );
        first = false;
      } else {
        object = JSON.parse(info.serializer.encode(toExternal(scope, event.object as RuntimeObject)));
      }
      const frame =
        info.mediaTypeSubType === 'yaml'
          ? encodePlain(info, { type: event.type, object }, false) + '---\n'
          : encodePlain(info, { type: event.type, object }, false);
      w.write(frame);
      w.flush();
      const meta = (event.object as RuntimeObject).metadata;
      await scope.hooks?.step('watchEvent', event.type === 'ERROR' ? null : (event.object as RuntimeObject), {
        type: event.type,
        ...(event.type === 'ERROR'
          ? { status: event.object }
          : { resourceVersion: meta?.resourceVersion ?? '' }),
      });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    w.closed.removeEventListener('abort', onClose);
    watcher.stop();
  }
}
