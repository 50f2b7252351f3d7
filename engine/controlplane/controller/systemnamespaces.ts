// Go twin: k8s.io/kubernetes/pkg/controlplane/controller/systemnamespaces/system_namespaces_controller.go and
// pkg/controlplane/controller/kubernetesservice/controller.go (CreateOrUpdateMasterServiceIfNeeded) @ v1.34.0
//
// What a fresh cluster already holds before anyone sends a request: the system namespaces, the `default`
// namespace and the `kubernetes` Service that points at the apiserver. Created through the server itself, so
// they carry managedFields and resourceVersions like any object.
import type { LoopbackClient } from '../../aggregator/client/loopback';
import { isAlreadyExists } from '../../api/errors/errors';

/** metav1.NamespaceSystem, NamespacePublic, v1.NamespaceNodeLease */
export const systemNamespaces = ['kube-system', 'kube-public', 'kube-node-lease'];

async function createNamespaceIfNeeded(client: LoopbackClient, name: string): Promise<void> {
  try {
    await client.do('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
  } catch (e) {
    if (!isAlreadyExists(e)) throw e;
  }
}

/** start-system-namespaces-controller */
export async function createSystemNamespaces(client: LoopbackClient): Promise<void> {
  for (const ns of systemNamespaces) await createNamespaceIfNeeded(client, ns);
}

/** bootstrap-controller: the `default` namespace, then the `kubernetes` Service on the first ClusterIP. */
export async function createDefaultNamespaceAndKubernetesService(
  client: LoopbackClient,
  servicePort = 443,
  targetPort = 6443,
): Promise<void> {
  await createNamespaceIfNeeded(client, 'default');
  try {
    await client.do('POST', '/api/v1/namespaces/default/services', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: {
        ports: [{ name: 'https', protocol: 'TCP', port: servicePort, targetPort }],
        clusterIP: '10.96.0.1',
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
    });
  } catch (e) {
    if (!isAlreadyExists(e)) throw e;
  }
}
