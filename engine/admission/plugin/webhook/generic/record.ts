// Go twin: none — Go records webhook calls in traces, metrics and audit annotations; Kubewalk hands each call
// to the plugin's observer and to the request's trace note, so a learner sees the AdmissionReview both ways.
import type { Attributes } from '../../../interfaces';
import type { WebhookCall, WebhookPluginOptions } from './call';

export function recordCall(opts: WebhookPluginOptions, a: Attributes, call: WebhookCall): void {
  opts.onWebhookCall?.(call);
  a.note?.({ ...call });
}
