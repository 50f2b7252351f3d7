// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/validating/plugin.go (PluginName,
// NewValidatingAdmissionWebhook, Plugin.Validate) @ v1.34.0
import type { PluginFactory } from '../../../initializer';
import type { Plugin } from '../../../interfaces';
import type { WebhookServices } from '../../../../util/webhook/client';
import type { WebhookPluginOptions } from '../generic/call';
import { newWebhookSource } from '../generic/plugin';
import { dispatchValidating } from './dispatcher';

export const PluginName = 'ValidatingAdmissionWebhook';

/**
 * ValidatingAdmissionWebhook: calls the webhooks of every ValidatingWebhookConfiguration, with the in-engine
 * `services` standing in for the webhook servers. It handles every operation.
 */
export function validatingWebhookPluginFactory(
  services: WebhookServices,
  opts: WebhookPluginOptions = {},
): PluginFactory {
  return (init): Plugin => {
    const source = newWebhookSource(init, 'validatingwebhookconfigurations', services, opts, 0x76616c69);
    return {
      name: PluginName,
      handles: () => true,
      validate: (attrs) => dispatchValidating({ source, scheme: init.scheme, opts }, attrs),
    };
  };
}
