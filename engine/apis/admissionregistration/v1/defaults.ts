// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/v1/defaults.go (SetDefaults_ValidatingWebhook,
// SetDefaults_MutatingWebhook, SetDefaults_Rule, SetDefaults_ServiceReference) and zz_generated.defaults.go
// (SetObjectDefaults_*) @ v1.34.0
//
// failurePolicy Fail, matchPolicy Equivalent, empty namespace and object selectors (which match everything),
// timeoutSeconds 10, reinvocationPolicy Never (mutating only), rule scope "*" and service port 443.
// sideEffects and admissionReviewVersions have no default in v1: validation requires them.
import { isObject, type RuntimeObject } from '../../../runtime/object';

type JSONObject = Record<string, unknown>;

const unset = (v: unknown) => v === undefined || v === null;

function setDefaultsRule(rule: JSONObject): void {
  if (unset(rule['scope'])) rule['scope'] = '*';
}

function setDefaultsServiceReference(svc: JSONObject): void {
  if (unset(svc['port'])) svc['port'] = 443;
}

/** SetDefaults_ValidatingWebhook, plus what the generated defaulter walks into: rules and the service. */
export function SetDefaults_ValidatingWebhook(hook: JSONObject): void {
  if (unset(hook['failurePolicy'])) hook['failurePolicy'] = 'Fail';
  if (unset(hook['matchPolicy'])) hook['matchPolicy'] = 'Equivalent';
  if (unset(hook['namespaceSelector'])) hook['namespaceSelector'] = {};
  if (unset(hook['objectSelector'])) hook['objectSelector'] = {};
  if (unset(hook['timeoutSeconds'])) hook['timeoutSeconds'] = 10;
}

/** SetDefaults_MutatingWebhook: the validating defaults and reinvocationPolicy Never. */
export function SetDefaults_MutatingWebhook(hook: JSONObject): void {
  SetDefaults_ValidatingWebhook(hook);
  if (unset(hook['reinvocationPolicy'])) hook['reinvocationPolicy'] = 'Never';
}

function defaultWebhooks(obj: RuntimeObject, setDefaults: (hook: JSONObject) => void): void {
  if (!Array.isArray(obj['webhooks'])) return;
  for (const hook of obj['webhooks'] as unknown[]) {
    if (!isObject(hook)) continue;
    setDefaults(hook);
    const cc = hook['clientConfig'];
    if (isObject(cc) && isObject(cc['service'])) setDefaultsServiceReference(cc['service']);
    if (Array.isArray(hook['rules'])) {
      for (const rule of hook['rules'] as unknown[]) if (isObject(rule)) setDefaultsRule(rule);
    }
  }
}

export function SetObjectDefaults_ValidatingWebhookConfiguration(obj: RuntimeObject): void {
  defaultWebhooks(obj, SetDefaults_ValidatingWebhook);
}

export function SetObjectDefaults_MutatingWebhookConfiguration(obj: RuntimeObject): void {
  defaultWebhooks(obj, SetDefaults_MutatingWebhook);
}

const eachItem = (list: RuntimeObject, fn: (o: RuntimeObject) => void) => {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) fn(item as RuntimeObject);
};

export function SetObjectDefaults_ValidatingWebhookConfigurationList(list: RuntimeObject): void {
  eachItem(list, SetObjectDefaults_ValidatingWebhookConfiguration);
}

export function SetObjectDefaults_MutatingWebhookConfigurationList(list: RuntimeObject): void {
  eachItem(list, SetObjectDefaults_MutatingWebhookConfiguration);
}
