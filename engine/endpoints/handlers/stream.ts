// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/rest.go (getResourceHandler with GetterWithOptions) and
// responsewriters.WriteObject for a rest.ResourceStreamer (pods/log) @ v1.34.0 — the body is the stream, as text.
import type { RequestContext } from '../request/context';
import type { Handler } from '../../server/http';
import { namerFor } from './namer';
import { requestContext, scopeErr, type RequestScope } from './rest';

export interface StreamGetter {
  getLog(
    ctx: RequestContext,
    name: string,
    query: URLSearchParams,
  ): Promise<{ contentType: string; body: string }>;
}

export function getStreamResource(storage: StreamGetter, scope: RequestScope): Handler {
  return async (w, req) => {
    try {
      const { namespace, name } = namerFor(scope, req);
      const stream = await storage.getLog(requestContext(req, namespace), name, req.query);
      await scope.hooks?.step('storage', null, {
        contentType: stream.contentType,
        bytes: stream.body.length,
      });
      w.header().set('Content-Type', stream.contentType);
      w.writeHeader(200);
      w.write(stream.body);
      await scope.hooks?.step('write', null, { status: 200 });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
