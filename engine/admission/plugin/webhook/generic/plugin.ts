// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/generic/webhook.go (NewWebhook, Dispatch) and the
// informer wiring of SetExternalKubeInformerFactory @ v1.34.0 — what both webhook plugins share.
import type { MutatingWebhookConfiguration } from '../../../../apis/admissionregistration/types';
import type { Service } from '../../../../apis/core/service_types';
import type { ServiceLookup, WebhookServices } from '../../../../util/webhook/client';
import { seededRandom, uuidFrom } from '../../../../util/rand/rand';
import type { Lister, PluginInitialization } from '../../../initializer';
import type { Attributes } from '../../../interfaces';
import { isExemptAdmissionConfigurationResource } from '../predicates/rules/rules';
import type { CallContext, WebhookPluginOptions } from './call';
import type { WebhookAccessor } from './interfaces';
import { webhookAccessors } from './webhook';

export interface WebhookSource {
  call: CallContext;
  namespaces: Lister;
  /** the webhooks to consider for a request, or null when it is exempt */
  hooksFor(a: Attributes): Promise<WebhookAccessor[] | null>;
}

/** The listers, the in-engine servers and the UID source a webhook plugin works with. */
export function newWebhookSource(
  init: PluginInitialization,
  resource: 'mutatingwebhookconfigurations' | 'validatingwebhookconfigurations',
  services: WebhookServices,
  opts: WebhookPluginOptions,
  seed: number,
): WebhookSource {
  const configurations = init.listerFor({ group: 'admissionregistration.k8s.io', resource });
  const namespaces = init.listerFor({ group: '', resource: 'namespaces' });
  const serviceLister = init.listerFor({ group: '', resource: 'services' });
  const lookupService: ServiceLookup = async (namespace, name) => {
    const svc = (await serviceLister.get(namespace, name)) as Service | null;
    if (!svc) return null;
    return {
      ...(svc.spec?.clusterIP ? { clusterIP: svc.spec.clusterIP } : {}),
      ports: (svc.spec?.ports ?? []).map((p) => ({ port: p.port })),
    };
  };
  const random = seededRandom(seed);
  return {
    call: { services, lookupService, uid: opts.uid ?? (() => uuidFrom(random)) },
    namespaces,
    async hooksFor(a) {
      // a broken webhook must never lock its own configuration
      if (isExemptAdmissionConfigurationResource(a)) return null;
      return webhookAccessors((await configurations.list()) as MutatingWebhookConfiguration[]);
    },
  };
}
