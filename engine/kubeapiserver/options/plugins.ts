// Go twin: k8s.io/kubernetes/pkg/kubeapiserver/options/plugins.go (AllOrderedPlugins,
// RegisterAllAdmissionPlugins, DefaultOffAdmissionPlugins) @ v1.34.0
//
// The admission plugins the simulator models, in the order kube-apiserver runs them. Enabling a plugin never
// changes its place: the order is fixed here, as Go fixes it in AllOrderedPlugins.
import { Chain } from '../../admission/interfaces';
import {
  mutatingWebhookPluginFactory,
  PluginName as MutatingAdmissionWebhook,
} from '../../admission/plugin/webhook/mutating/plugin';
import {
  validatingWebhookPluginFactory,
  PluginName as ValidatingAdmissionWebhook,
} from '../../admission/plugin/webhook/validating/plugin';
import type { WebhookServices } from '../../util/webhook/client';
import type { PluginFactory, PluginInitialization } from '../../admission/initializer';
import { alwaysAdmitFactory, PluginName as AlwaysAdmit } from '../../plugin/pkg/admission/admit/admission';
import {
  newDefaultTolerationSeconds,
  PluginName as DefaultTolerationSeconds,
} from '../../plugin/pkg/admission/defaulttolerationseconds/admission';
import { newLimitRanger, PluginName as LimitRanger } from '../../plugin/pkg/admission/limitranger/admission';
import {
  newResourceQuota,
  PluginName as ResourceQuota,
} from '../../plugin/pkg/admission/resourcequota/admission';
import { alwaysDenyFactory, PluginName as AlwaysDeny } from '../../plugin/pkg/admission/deny/admission';
import {
  newLifecycle,
  PluginName as NamespaceLifecycle,
} from '../../plugin/pkg/admission/namespace/lifecycle/admission';
import {
  newPlugin as newPriority,
  PluginName as Priority,
} from '../../plugin/pkg/admission/priority/admission';
import {
  newServiceAccount,
  PluginName as ServiceAccount,
} from '../../plugin/pkg/admission/serviceaccount/admission';

/** Options some plugins take from the server (Go: flags and the plugin config file). */
export interface AdmissionOptions {
  /** randomness for generated names (the ServiceAccount plugin's kube-api-access-xxxxx volume) */
  random: () => number;
  /** the in-engine servers admission webhooks call */
  webhookServices: WebhookServices;
}

type Factory = (init: PluginInitialization, o: AdmissionOptions) => ReturnType<PluginFactory>;

/** AllOrderedPlugins, restricted to the plugins modelled here. */
const orderedPlugins: [string, Factory][] = [
  [AlwaysAdmit, (i) => alwaysAdmitFactory(i)],
  [NamespaceLifecycle, (i) => newLifecycle(i)],
  [LimitRanger, (i) => newLimitRanger(i)],
  [ServiceAccount, (i, o) => newServiceAccount(i, { random: o.random })],
  [Priority, (i) => newPriority(i)],
  [DefaultTolerationSeconds, (i) => newDefaultTolerationSeconds(i)],
  [MutatingAdmissionWebhook, (i, o) => mutatingWebhookPluginFactory(o.webhookServices)(i)],
  [ValidatingAdmissionWebhook, (i, o) => validatingWebhookPluginFactory(o.webhookServices)(i)],
  [ResourceQuota, (i) => newResourceQuota(i)],
  [AlwaysDeny, (i) => alwaysDenyFactory(i)],
];

export const allOrderedPlugins: readonly string[] = orderedPlugins.map(([name]) => name);

/** The plugins kube-apiserver enables when no flag says otherwise (those of them modelled here), in order. */
export const defaultOnPlugins: readonly string[] = [
  NamespaceLifecycle,
  LimitRanger,
  ServiceAccount,
  Priority,
  DefaultTolerationSeconds,
  MutatingAdmissionWebhook,
  ValidatingAdmissionWebhook,
  ResourceQuota,
];

/**
 * NewFromPlugins: the admission chain for the enabled plugin names, in AllOrderedPlugins order. An unknown name
 * stops the server from starting, as kube-apiserver's flag validation does.
 */
export function newAdmissionChain(
  enabled: readonly string[],
  init: PluginInitialization,
  o: AdmissionOptions,
): Chain {
  const unknown = enabled.filter((name) => !allOrderedPlugins.includes(name));
  if (unknown.length > 0) throw new Error(`enable-admission-plugins plugin "${unknown[0]}" is unknown`);
  return new Chain(
    orderedPlugins.filter(([name]) => enabled.includes(name)).map(([, make]) => make(init, o)),
  );
}
