// Start-up steps: how CreateServerChain builds the servers and installs the API, traced like a request so
// the player can step through it. Each step names the Go function that does that work at v1.34.0.
import type { StepDef } from './steps';

const step = (id: string, label: string, pkg: string, file: string, func: string): StepDef => ({
  id,
  label,
  group: 'startup',
  go: { pkg, file, func },
});

const server = 'k8s.io/apiserver/pkg/server';

export const startupSteps: StepDef[] = [
  step(
    'startup.createServerChain',
    'CreateServerChain',
    'k8s.io/kubernetes/cmd/kube-apiserver/app',
    'server.go',
    'CreateServerChain',
  ),
  step('startup.genericServer', 'Build a GenericAPIServer', server, 'config.go', 'completedConfig.New'),
  step(
    'startup.newLegacyRESTStorage',
    'Core storage (restStorageMap)',
    'k8s.io/kubernetes/pkg/registry/core/rest',
    'storage_core.go',
    'legacyProvider.NewRESTStorage',
  ),
  step('startup.apiGroupInfo', 'APIGroupInfo', server, 'genericapiserver.go', 'NewDefaultAPIGroupInfo'),
  step(
    'startup.installLegacyAPIGroup',
    'InstallLegacyAPIGroup',
    server,
    'genericapiserver.go',
    'GenericAPIServer.InstallLegacyAPIGroup',
  ),
  step(
    'startup.installAPIGroups',
    'InstallAPIGroups',
    server,
    'genericapiserver.go',
    'GenericAPIServer.InstallAPIGroups',
  ),
  step(
    'startup.apiInstaller',
    'APIInstaller.Install',
    'k8s.io/apiserver/pkg/endpoints',
    'installer.go',
    'APIInstaller.Install',
  ),
  step(
    'startup.registerResourceHandlers',
    'registerResourceHandlers',
    'k8s.io/apiserver/pkg/endpoints',
    'installer.go',
    'APIInstaller.registerResourceHandlers',
  ),
  step(
    'startup.discovery',
    'Discovery document',
    'k8s.io/apiserver/pkg/endpoints/discovery',
    'version.go',
    'NewAPIVersionHandler',
  ),
  step('startup.postStartHook', 'Post-start hook', server, 'hooks.go', 'GenericAPIServer.RunPostStartHooks'),
  step('startup.ready', 'Ready', server, 'hooks.go', 'runPostStartHook'),
];

/** Legal successors of each start-up step: the shape of CreateServerChain. */
export const startupTransitions: Record<string, string[]> = {
  'startup.createServerChain': ['startup.genericServer'],
  'startup.genericServer': [
    'startup.genericServer',
    'startup.newLegacyRESTStorage',
    'startup.apiGroupInfo',
    'startup.postStartHook',
    'startup.ready',
  ],
  'startup.newLegacyRESTStorage': ['startup.apiGroupInfo'],
  'startup.apiGroupInfo': [
    'startup.apiGroupInfo',
    'startup.installLegacyAPIGroup',
    'startup.installAPIGroups',
  ],
  'startup.installLegacyAPIGroup': ['startup.apiInstaller'],
  'startup.installAPIGroups': ['startup.apiInstaller'],
  'startup.apiInstaller': ['startup.registerResourceHandlers'],
  'startup.registerResourceHandlers': ['startup.registerResourceHandlers', 'startup.discovery'],
  'startup.discovery': [
    'startup.apiInstaller',
    'startup.apiGroupInfo',
    'startup.genericServer',
    'startup.postStartHook',
    'startup.ready',
  ],
  'startup.postStartHook': ['startup.postStartHook', 'startup.ready'],
  'startup.ready': [],
};
