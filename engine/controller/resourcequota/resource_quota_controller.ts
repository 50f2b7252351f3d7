// Go twin: k8s.io/kubernetes/pkg/controller/resourcequota/resource_quota_controller.go (syncResourceQuota)
// @ v1.34.0 — a kube-controller-manager controller, not part of the apiserver.
//
// Keeps every ResourceQuota's status true: status.hard = spec.hard and status.used counted from the objects
// that exist, so deleting a Pod gives its usage back. Go resyncs on a timer and on deletions; the simulator
// syncs after each request that changed etcd.
import type { PluginInitialization } from '../../admission/initializer';
import type { ResourceQuota } from '../../apis/core/resourcequota_types';
import { syncQuota, updateQuotaStatus } from '../../plugin/pkg/admission/resourcequota/admission';
import { equals, toUsage } from '../../plugin/pkg/admission/resourcequota/resources';

export class ResourceQuotaController {
  constructor(private readonly init: PluginInitialization) {}

  async sync(): Promise<void> {
    const quotas = (await this.init
      .listerFor({ group: '', resource: 'resourcequotas' })
      .list()) as ResourceQuota[];
    for (const quota of quotas) {
      const fresh = await syncQuota(this.init, quota, this.init.now());
      const same =
        equals(toUsage(quota.status?.hard), toUsage(fresh.status?.hard)) &&
        equals(toUsage(quota.status?.used), toUsage(fresh.status?.used));
      if (!same) await updateQuotaStatus(this.init.client, fresh);
    }
  }
}
