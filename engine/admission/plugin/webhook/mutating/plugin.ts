// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/mutating/plugin.go (PluginName, NewMutatingWebhook,
// Plugin.Admit) @ v1.34.0
import type { PluginFactory } from '../../../initializer';
import type { Plugin } from '../../../interfaces';
import type { WebhookServices } from '../../../../util/webhook/client';
import type { WebhookPluginOptions } from '../generic/call';
import { newWebhookSource } from '../generic/plugin';
import { dispatchMutating } from './dispatcher';

export const PluginName = 'MutatingAdmissionWebhook';

/**
 * MutatingAdmissionWebhook: calls the webhooks of every MutatingWebhookConfiguration, with the in-engine
 * `services` standing in for the webhook servers. It handles every operation (CREATE, UPDATE, DELETE, CONNECT).
 */
export function mutatingWebhookPluginFactory(
  services: WebhookServices,
  opts: WebhookPluginOptions = {},
): PluginFactory {
  return (init): Plugin => {
    const source = newWebhookSource(init, 'mutatingwebhookconfigurations', services, opts, 0x6d757461);
    return {
      name: PluginName,
      handles: () => true,
      admit: (attrs) => dispatchMutating({ source, scheme: init.scheme, opts }, attrs),
    };
  };
}
