// Go twin: the admission calls of k8s.io/apiserver/pkg/endpoints/handlers (create.go, update.go, patch.go,
// delete.go: mutatingAdmission.Admit, and rest.AdmissionToValidateObjectFunc for the registry) @ v1.34.0
//
// Each phase is one traced step whose details list what every plugin did (its patch, its error, the webhook
// calls it noted). The step is reported even when a plugin rejects the request, so the trace shows who said no.
import type { Attributes, Chain, PluginReport } from '../../admission/interfaces';
import type { RuntimeObject } from '../../runtime/object';
import type { RequestScope } from './rest';

/** Runs the mutating plugins and reports the `admission.mutating` step; returns the (possibly changed) object. */
export async function admitTraced(scope: RequestScope, admit: Chain, attrs: Attributes): Promise<void> {
  if (!scope.hooks) return admit.admit(attrs);
  const report: PluginReport[] = [];
  try {
    await admit.admit(attrs, report);
  } finally {
    await scope.hooks.step('admission.mutating', attrs.object, {
      operation: attrs.operation,
      plugins: report,
    });
  }
}

/** Runs the validating plugins and reports the `admission.validating` step with the object they saw. */
export async function validateTraced(
  scope: RequestScope,
  admit: Chain,
  attrs: Attributes,
  shown: RuntimeObject | null,
): Promise<void> {
  if (!scope.hooks) return admit.validate(attrs);
  const report: PluginReport[] = [];
  try {
    await admit.validate(attrs, report);
  } finally {
    await scope.hooks.step('admission.validating', shown, { operation: attrs.operation, plugins: report });
  }
}
