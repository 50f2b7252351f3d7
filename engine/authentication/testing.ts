// Test helper (no Go twin): a bare request as the authentication filter receives it.
import { Header, type Request } from '../server/http';

export function newRequest(headers: Record<string, string | string[]> = {}, path = '/api/v1/pods'): Request {
  return {
    method: 'GET',
    path,
    query: new URLSearchParams(),
    header: new Header(headers),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
}
