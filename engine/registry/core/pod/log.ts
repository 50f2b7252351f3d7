// Go twin: k8s.io/kubernetes/pkg/registry/core/pod/rest/log.go (LogREST) and pkg/registry/core/pod/strategy.go
// (LogLocation, ValidateContainer) @ v1.34.0
//
// pods/log is GET-only: LogREST implements rest.GetterWithOptions and rest.StorageMetadata (it produces
// text/plain). The apiserver proxies the stream from the kubelet on the Pod's node; a Pod not yet scheduled has
// no node, and Go then answers with an empty stream.
import { newBadRequest, newNotFound } from '../../../api/errors/errors';
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { Store } from '../../generic/registry/store';

interface PodLike extends RuntimeObject {
  spec?: {
    nodeName?: string;
    containers?: { name: string }[];
    initContainers?: { name: string }[];
    ephemeralContainers?: { name: string }[];
  };
}

export interface LogStream {
  contentType: string;
  body: string;
}

/** ValidateContainer: the named container, or the only one; otherwise a 400 saying which exist. */
export function validateContainer(container: string, pod: PodLike): string {
  const names = [
    ...(pod.spec?.containers ?? []),
    ...(pod.spec?.initContainers ?? []),
    ...(pod.spec?.ephemeralContainers ?? []),
  ].map((c) => c.name);
  const podName = pod.metadata?.name ?? '';
  if (container === '') {
    if ((pod.spec?.containers ?? []).length === 1) return pod.spec!.containers![0]!.name;
    throw newBadRequest(
      `a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]`,
    );
  }
  if (!names.includes(container))
    throw newBadRequest(`container ${container} is not valid for pod ${podName}`);
  return container;
}

export class LogREST {
  /** rest.StorageMetadata: what this path produces */
  readonly producesMIMETypes = ['text/plain'];

  constructor(private readonly pods: Store) {}

  newObject(): RuntimeObject {
    return this.pods.newObject();
  }
  namespaceScoped(): boolean {
    return true;
  }

  /** GetterWithOptions: the log of a container, as text. */
  async getLog(ctx: RequestContext, name: string, query: URLSearchParams): Promise<LogStream> {
    const pod = (await this.pods.get(ctx, name)) as PodLike;
    validateContainer(query.get('container') ?? '', pod);
    const node = pod.spec?.nodeName ?? '';
    // No node: LogLocation returns no location, and the LocationStreamer writes nothing.
    if (node === '') return { contentType: 'text/plain', body: '' };
    // The kubelet's address comes from the Node object, which a cluster without nodes does not have.
    throw newNotFound({ group: '', resource: 'nodes' }, node);
  }
}
