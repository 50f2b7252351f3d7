// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/namer.go (ContextBasedNaming) @ v1.34.0
import type { Request } from '../../server/http';
import type { RequestScope } from './rest';

/** Namespace and name of the request, as the RequestInfo filter resolved them from the path. */
export function namerFor(_scope: RequestScope, req: Request): { namespace: string; name: string } {
  const info = req.ctx.requestInfo;
  return { namespace: info?.namespace ?? '', name: info?.name ?? '' };
}
