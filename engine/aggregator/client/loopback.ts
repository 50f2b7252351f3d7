// Go twin: k8s.io/apiserver/pkg/server/config.go (LoopbackClientConfig) and k8s.io/client-go/rest (RESTClient,
// DefaultKubernetesUserAgent) @ v1.34.0
//
// The aggregator's controllers talk to the server the way Go's do: as HTTP requests to the server itself,
// through the whole handler chain, so their writes get admission, managedFields (manager `kube-apiserver`,
// from the loopback user agent) and audit like any client's.
import { StatusError, type Status } from '../../api/errors/errors';
import { toRequest, toResponse } from '../../controlplane/request';
import { RecordingResponseWriter, type Handler } from '../../server/http';
import { versionInfo } from '../../server/routes/version';

/** rest.DefaultKubernetesUserAgent for the kube-apiserver binary: the commit is cut to 7 characters. */
export const loopbackUserAgent = `kube-apiserver/${versionInfo.gitVersion} (${versionInfo.platform}) kubernetes/${versionInfo.gitCommit.slice(0, 7)}`;

export class LoopbackClient {
  /** `serve` is the server's full handler chain (the loopback connection); `token` its bearer token, if any. */
  constructor(
    private readonly serve: () => Handler,
    private readonly token?: string,
  ) {}

  /** One JSON request; a non-2xx answer throws (a StatusError when the body is a Status). */
  async do<T>(method: string, path: string, body?: object): Promise<T> {
    const req = toRequest({
      method,
      path,
      headers: {
        Accept: 'application/json',
        'User-Agent': loopbackUserAgent,
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const w = new RecordingResponseWriter();
    await this.serve()(w, req);
    const res = toResponse(w);
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      throw new Error(`${method} ${path}: ${res.status} ${res.body.trim()}`);
    }
    if (res.status < 200 || res.status > 299) {
      const status = parsed as Status;
      if (status?.kind === 'Status') throw new StatusError(status);
      throw new Error(`${method} ${path}: ${res.status}`);
    }
    return parsed as T;
  }
}
