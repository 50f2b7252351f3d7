// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/get.go (GetResource, ListResource) @ v1.34.0
import type { Getter, Lister, RESTStorage, Watcher } from '../../registry/rest/rest';
import type { Handler } from '../../server/http';
import { parseListOptions } from './listoptions';
import { namerFor } from './namer';
import { negotiateOutputMediaType } from './negotiation/negotiate';
import { tableRestrictions, transformResponseObject } from './response';
import { requestContext, scopeErr, type RequestScope } from './rest';
import { serveWatch } from './watch';

export function getResource(storage: RESTStorage & Getter, scope: RequestScope): Handler {
  return async (w, req) => {
    try {
      const { namespace, name } = namerFor(scope, req);
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      await scope.hooks?.step('negotiate', null, { output: mt.contentType });
      const ctx = requestContext(req, namespace);
      const obj = await storage.get(ctx, name, req.query.get('resourceVersion') ?? '');
      await scope.hooks?.step('storage', obj, { resourceVersion: obj.metadata?.resourceVersion ?? '' });
      await transformResponseObject(scope, req, w, 200, mt, { type: 'object', obj });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}

/** GET on a collection: a list, or a watch with `?watch=true` (or the legacy /watch/ prefix). */
export function listResource(
  storage: RESTStorage & Lister & Partial<Watcher>,
  scope: RequestScope,
  forceWatch: boolean,
): Handler {
  return async (w, req) => {
    try {
      const { namespace } = namerFor(scope, req);
      const ctx = requestContext(req, namespace);
      const opts = parseListOptions(scope, req, forceWatch);
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      await scope.hooks?.step('negotiate', null, { output: mt.contentType });
      if (opts.watch && storage.watch) {
        const watcher = await storage.watch(ctx, opts);
        await scope.hooks?.step('watchStart', null, {
          resourceVersion: opts.resourceVersion ?? '',
          ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}),
        });
        await serveWatch(watcher, scope, mt, req, w, opts.timeoutSeconds);
        return;
      }
      const list = await storage.list(ctx, opts);
      await scope.hooks?.step('storage', null, {
        resourceVersion: list.resourceVersion,
        items: list.items.length,
      });
      await transformResponseObject(scope, req, w, 200, mt, { type: 'list', ...list });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
