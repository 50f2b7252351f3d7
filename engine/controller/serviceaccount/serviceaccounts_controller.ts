// Go twin: k8s.io/kubernetes/pkg/controller/serviceaccount/serviceaccounts_controller.go
// (ServiceAccountsController.syncNamespace) @ v1.34.0 — a kube-controller-manager controller, not part of the
// apiserver.
//
// Every active namespace gets a ServiceAccount named `default`; the ServiceAccount admission plugin refuses pods
// whose account does not exist, so without this controller no pod could be created. Go's controller is fed by
// informers and works in the background; the simulator runs one sync after each request that changed etcd, so
// the account appears right after its namespace, at a reproducible revision.
import { isAlreadyExists, isNotFound } from '../../api/errors/errors';
import type { AdmissionClient, Lister } from '../../admission/initializer';
import type { RuntimeObject } from '../../runtime/object';

/** The accounts the controller keeps in every namespace (Go: ServiceAccountsControllerOptions.ServiceAccounts). */
export const managedServiceAccounts = ['default'];

export class ServiceAccountsController {
  constructor(
    private readonly namespaces: Lister,
    private readonly serviceAccounts: Lister,
    private readonly client: AdmissionClient,
  ) {}

  /** syncNamespace for every namespace: create each missing account, skipping namespaces being deleted. */
  async sync(): Promise<void> {
    for (const ns of await this.namespaces.list()) {
      const name = ns.metadata?.name ?? '';
      if (!name || isTerminating(ns)) continue;
      for (const sa of managedServiceAccounts) {
        if (await this.serviceAccounts.get(name, sa)) continue;
        try {
          await this.client.do('POST', `/api/v1/namespaces/${name}/serviceaccounts`, {
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: { name: sa },
          });
        } catch (e) {
          // someone else made it, or the namespace went away meanwhile: both are fine
          if (!isAlreadyExists(e) && !isNotFound(e)) throw e;
        }
      }
    }
  }
}

function isTerminating(ns: RuntimeObject): boolean {
  const status = ns.status as { phase?: string } | undefined;
  return !!ns.metadata?.deletionTimestamp || status?.phase === 'Terminating';
}
