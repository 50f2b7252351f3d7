// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/rest.go (limitedReadBodyWithRecordMetric) @ v1.34.0
import { newRequestEntityTooLargeError } from '../../api/errors/errors';
import type { Request } from '../../server/http';

/** The request body, or 413 when it is larger than the endpoint allows. */
export function limitedReadBody(req: Request, limit: number): string {
  if (limit > 0 && req.contentLength > limit) throw newRequestEntityTooLargeError(`limit is ${limit}`);
  return req.body;
}
