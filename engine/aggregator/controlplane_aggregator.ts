// Go twin: k8s.io/kubernetes/pkg/controlplane/apiserver/aggregator.go (CreateAggregatorServer, makeAPIService,
// apiServicesToRegister, makeAPIServiceAvailableHealthCheck) @ v1.34.0
//
// The kube-apiserver's side of the aggregator: a local APIService for every group-version the delegates list
// (`/api/v1` → `v1.`, `/apis/<group>/<version>` → `<version>.<group>`), registered with the autoregister
// controller to be created once on start. Group-versions without a priority are skipped ("it could result in
// a CRD group version being permanently stuck in the APIServices list"); CRD groups are the CRD registration
// controller's. There is no APIService for apiregistration.k8s.io itself: the aggregator serves that group.
import { APIAggregator } from './apiserver';
import { isAPIServiceConditionTrue } from './apis/apiregistration/helpers';
import { Available, type APIService } from './apis/apiregistration/types';
import {
  AutoRegisterController,
  type AutoAPIServiceRegistration,
} from './controllers/autoregister/autoregister_controller';
import { defaultGenericAPIServicePriorities, type Priority } from './priorities';
import type { ExtensionServers } from './transport';
import { BuiltinSource } from '../endpoints/discovery/aggregated/handler';
import type { RegistryContext } from '../controlplane/resource';
import type { GroupVersion } from '../runtime/schema/groupversion';
import type { DelegationTarget, GenericServerConfig } from '../server/genericapiserver';

/** makeAPIService: a local APIService for the group-version, or null when it has no priority. */
export function makeAPIService(
  gv: GroupVersion,
  apiVersionPriorities: Record<string, Priority>,
): APIService | null {
  const name = `${gv.version}.${gv.group}`;
  const priority = apiVersionPriorities[name];
  if (!priority) return null; // "Skipping APIService creation for <gv>"
  return {
    metadata: { name },
    spec: {
      group: gv.group,
      version: gv.version,
      groupPriorityMinimum: priority.group,
      versionPriority: priority.version,
    },
  };
}

/** apiServicesToRegister: walks the delegate's ListedPaths (`/api/v1`, `/apis/<group>/<version>`). */
export function apiServicesToRegister(
  delegateAPIServer: DelegationTarget,
  registration: AutoAPIServiceRegistration,
  apiVersionPriorities: Record<string, Priority>,
): APIService[] {
  const apiServices: APIService[] = [];
  for (const curr of delegateAPIServer.listedPaths()) {
    if (curr === '/api/v1') {
      const apiService = makeAPIService({ group: '', version: 'v1' }, apiVersionPriorities)!;
      registration.addAPIServiceToSyncOnStart(apiService);
      apiServices.push(apiService);
      continue;
    }
    if (!curr.startsWith('/apis/')) continue;
    // this comes back in a list that looks like /apis/rbac.authorization.k8s.io/v1alpha1
    const tokens = curr.split('/');
    if (tokens.length !== 4) continue;
    const apiService = makeAPIService({ group: tokens[2]!, version: tokens[3]! }, apiVersionPriorities);
    if (!apiService) continue;
    registration.addAPIServiceToSyncOnStart(apiService);
    apiServices.push(apiService);
  }
  return apiServices;
}

/**
 * CreateAggregatorServer: the aggregator in front of `delegateAPIServer`, with the autoregistration hook and
 * the `autoregister-completion` readiness check (every auto-registered APIService seen Available). Here the
 * check is also the last start-up hook, so the server is ready only once discovery lists every built-in group.
 */
export function createAggregatorServer(
  config: GenericServerConfig,
  delegateAPIServer: DelegationTarget,
  registry: RegistryContext,
  apiVersionPriorities: Record<string, Priority> = defaultGenericAPIServicePriorities,
  extensionServers: ExtensionServers = {},
): APIAggregator {
  const aggregatorServer = new APIAggregator(config, delegateAPIServer, registry, extensionServers);
  const autoRegistrationController = new AutoRegisterController(
    aggregatorServer.informer,
    aggregatorServer.client,
  );
  aggregatorServer.autoRegistration = autoRegistrationController;
  const apiServices = apiServicesToRegister(
    delegateAPIServer,
    autoRegistrationController,
    apiVersionPriorities,
  );

  // Imbue all builtin group-priorities onto the aggregated discovery
  for (const [name, priority] of Object.entries(apiVersionPriorities)) {
    const dot = name.indexOf('.');
    config.aggregatedDiscoveryGroupManager?.setGroupVersionPriority(
      BuiltinSource,
      name.slice(dot + 1),
      name.slice(0, dot),
      { groupPriorityMinimum: priority.group, versionPriority: priority.version },
    );
  }

  aggregatorServer.addPostStartHook('kube-apiserver-autoregistration', async () =>
    autoRegistrationController.run(),
  );
  aggregatorServer.addPostStartHook('autoregister-completion', async () => {
    const names = apiServices.map((s) => s.metadata!.name!);
    const { informer } = aggregatorServer;
    const available = (name: string) => {
      const s = informer.lister.get(name);
      return s !== undefined && isAPIServiceConditionTrue(s, Available);
    };
    for (;;) {
      await informer.waitFor(() => names.every(available));
      // every Available APIService seen; once the registration queue is done, each has its proxy paths
      await aggregatorServer.registrationController.queue.idle();
      const handled = new Set(aggregatorServer.handledAPIServices());
      if (names.every((name) => available(name) && handled.has(name))) return;
      await new Promise((resolve) => setTimeout(resolve, 0)); // PollImmediate's interval
    }
  });
  return aggregatorServer;
}
