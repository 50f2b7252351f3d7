// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/negotiation/negotiate.go (NegotiateOutputMediaType,
// NegotiateInputSerializer) and errors.go @ v1.34.0
import { newNotAcceptable, newUnsupportedMediaType } from '../../../api/errors/errors';
import type { SerializerInfo } from '../../../runtime/serializer/codec_factory';
import type { Request } from '../../../server/http';

/** A parsed clause of an Accept header: `application/json;as=Table;v=v1;g=meta.k8s.io`. */
export interface AcceptClause {
  type: string;
  subType: string;
  params: Record<string, string>;
  q: number;
}

/** MediaTypeOptions: what the client asked the object to be transformed into. */
export interface MediaTypeOptions {
  /** `as=Table` / `as=PartialObjectMetadata(List)` with its group and version */
  convert?: { group: string; version: string; kind: string };
  pretty: boolean;
  accepted: SerializerInfo;
  /** the media type to announce in Content-Type */
  contentType: string;
}

export interface EndpointRestrictions {
  /** which `as=` targets this endpoint can produce (Table, PartialObjectMetadata) */
  allowsConversion(target: { group: string; version: string; kind: string }): boolean;
}

export const defaultEndpointRestrictions: EndpointRestrictions = { allowsConversion: () => false };

/** goautoneg.ParseAccept: clauses sorted by q, then specificity, keeping order otherwise. */
export function parseAccept(header: string): AcceptClause[] {
  const clauses: AcceptClause[] = [];
  for (const raw of header.split(',')) {
    const [mt, ...paramParts] = raw.trim().split(';');
    if (!mt) continue;
    const [type = '', subType = ''] = mt.trim().toLowerCase().split('/');
    const params: Record<string, string> = {};
    let q = 1;
    for (const p of paramParts) {
      const eq = p.indexOf('=');
      if (eq < 0) continue;
      const k = p.slice(0, eq).trim();
      const v = p.slice(eq + 1).trim();
      if (k === 'q') q = Number.parseFloat(v) || 0;
      else params[k] = v;
    }
    clauses.push({ type, subType: subType || '*', params, q });
  }
  return clauses
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.q - a.c.q || specificity(b.c) - specificity(a.c) || a.i - b.i)
    .map((x) => x.c);
}

const specificity = (c: AcceptClause) => (c.type === '*' ? 0 : c.subType === '*' ? 1 : 2);

/** isPrettyPrint: `?pretty=true`, or a curl/wget/browser user agent. */
export function isPrettyPrint(req: Request): boolean {
  const pp = req.query.get('pretty');
  if (pp) return pp === 'true' || pp === '1' || pp === 't' || pp === 'T' || pp === 'TRUE' || pp === 'True';
  const ua = req.userAgent;
  return ua.startsWith('curl') || ua.startsWith('Wget') || ua.startsWith('Mozilla/5.0');
}

function acceptedMediaTypes(supported: SerializerInfo[]): string[] {
  return [...supported.map((s) => s.mediaType), 'application/vnd.kubernetes.protobuf'];
}

/** NegotiateOutputMediaType: the first Accept clause we can serve, or 406. */
export function negotiateOutputMediaType(
  req: Request,
  supported: SerializerInfo[],
  restrictions: EndpointRestrictions = defaultEndpointRestrictions,
): MediaTypeOptions {
  const header = req.header.get('Accept');
  const pretty = isPrettyPrint(req);
  const clauses = header ? parseAccept(header) : [];
  if (clauses.length === 0) return { pretty, accepted: supported[0]!, contentType: supported[0]!.mediaType };
  for (const c of clauses) {
    const info = supported.find(
      (s) =>
        (c.type === '*' || c.type === s.mediaTypeType) &&
        (c.subType === '*' || c.subType === s.mediaTypeSubType),
    );
    if (!info) continue;
    const options: MediaTypeOptions = {
      pretty: pretty || c.params.pretty === '1',
      accepted: info,
      contentType: info.mediaType,
    };
    if (c.params.as) {
      const target = { group: c.params.g ?? '', version: c.params.v ?? '', kind: c.params.as };
      if (!restrictions.allowsConversion(target)) continue;
      options.convert = target;
      options.contentType = `${info.mediaType};as=${target.kind};v=${target.version};g=${target.group}`;
    }
    return options;
  }
  throw newNotAcceptable(
    `only the following media types are accepted: ${acceptedMediaTypes(supported).join(', ')}`,
  );
}

/** NegotiateInputSerializer: the serializer for the request's Content-Type, or 415. */
export function negotiateInputSerializer(req: Request, supported: SerializerInfo[]): SerializerInfo {
  const ct = req.header.get('Content-Type');
  if (!ct) return supported[0]!;
  const mt = ct.split(';')[0]!.trim().toLowerCase();
  const info = supported.find((s) => s.mediaType === mt);
  if (info) return info;
  throw newUnsupportedMediaType(
    `the body of the request was in an unknown format - accepted media types include: ${acceptedMediaTypes(supported).join(', ')}`,
  );
}
