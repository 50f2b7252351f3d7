// Go twin: k8s.io/kubernetes/cmd/kube-apiserver/app/options + pkg/controlplane (Config, CompletedConfig)
// @ v1.34.0 — the knobs a scenario may turn, completed with kube-apiserver's defaults.
import type { TokenEntry } from '../authentication/token/tokenfile/tokenfile';
import type { AuthorizationMode } from '../kubeapiserver/authorizer/config';
import { seededRandom, uuidFrom } from '../util/rand/rand';
import type { WebhookServices } from '../util/webhook/client';
import type { ExtensionServers } from '../aggregator/transport';

export type { AuthorizationMode, TokenEntry };

/** the kube-controller-manager controllers the simulator can run beside the server */
export type ControllerName = 'serviceaccount' | 'resourcequota';

/** --token-auth-file and --anonymous-auth */
export interface AuthenticationConfig {
  /** the static token table: `Authorization: Bearer <token>` authenticates as that user */
  tokens?: TokenEntry[];
  /** let requests without credentials in as system:anonymous (kube-apiserver's default is true) */
  anonymous?: boolean;
}

export interface ServerConfig {
  /** the server clock; lessons and tests use a fixed one so traces are reproducible */
  clock?: () => Date;
  /** seed for UIDs, generated names and audit IDs */
  seed?: number;
  /** `--runtime-config=apps/v1beta1=true`: serve apps/v1beta1 Deployments as Kubernetes ≤ 1.15 did */
  serveAppsV1beta1?: boolean;
  /** --max-requests-inflight / --max-mutating-requests-inflight */
  maxRequestsInFlight?: number;
  maxMutatingRequestsInFlight?: number;
  /** --max-request-body-bytes (default 3 MiB) */
  maxRequestBodyBytes?: number;
  /** the address /api reports to clients */
  publicAddress?: string;
  /** --etcd-prefix */
  etcdPrefix?: string;
  /**
   * Authentication. Absent: every request is the cluster admin (`kubernetes-admin` in system:masters), as if it
   * presented the client certificate of kubeadm's admin.conf — what lessons about other parts want.
   */
  authentication?: AuthenticationConfig;
  /** --authorization-mode, in order (default AlwaysAllow, the flag's own default); RBAC adds the bootstrap roles */
  authorizationModes?: AuthorizationMode[];
  /**
   * --enable-admission-plugins (in any order: they run in kube-apiserver's fixed order). Default: none, so
   * objects show exactly what the registry and scheme did; `defaultOnPlugins` is kube-apiserver's default set.
   */
  admissionPlugins?: string[];
  /** the in-engine services admission webhooks call, keyed by `<namespace>/<name><path>` or by URL */
  webhookServices?: WebhookServices;
  /**
   * the in-engine aggregated API servers the aggregator proxies remote APIServices to, keyed by the
   * `<namespace>/<name>` of the Service in APIService.spec.service (e.g. `kube-system/metrics-server`)
   */
  extensionServers?: ExtensionServers;
  /**
   * kube-controller-manager controllers to run beside the server, once after each request that changed etcd.
   * `serviceaccount` creates each namespace's `default` ServiceAccount, which the ServiceAccount plugin needs;
   * `resourcequota` keeps each quota's status.used counted, so deletions give usage back.
   */
  controllers?: ControllerName[];
}

export interface CompletedConfig {
  now(): Date;
  uid(): string;
  random(): number;
  serveAppsV1beta1: boolean;
  maxRequestsInFlight: number;
  maxMutatingRequestsInFlight: number;
  maxRequestBodyBytes: number;
  publicAddress: string;
  etcdPrefix: string;
  authentication: AuthenticationConfig | null;
  authorizationModes: AuthorizationMode[];
  admissionPlugins: string[];
  webhookServices: WebhookServices;
  extensionServers: ExtensionServers;
  controllers: ControllerName[];
}

/** A fixed instant for scenarios that do not pass a clock: 2025-08-27, the day v1.34.0 was built. */
export const defaultEpoch = new Date('2025-08-27T10:00:00Z');

/** kube-apiserver's defaults for the plain-data settings (the fork page shows them where a lesson sets none). */
export const configDefaults = {
  seed: 1,
  maxRequestsInFlight: 400,
  maxMutatingRequestsInFlight: 200,
  maxRequestBodyBytes: 3 * 1024 * 1024,
  authorizationModes: ['AlwaysAllow'] as AuthorizationMode[],
  admissionPlugins: [] as string[],
  controllers: [] as ControllerName[],
} satisfies ServerConfig;

export function completeConfig(c: ServerConfig = {}): CompletedConfig {
  const d = configDefaults;
  const random = seededRandom(c.seed ?? d.seed);
  return {
    now: c.clock ?? (() => new Date(defaultEpoch)),
    uid: () => uuidFrom(random),
    random,
    serveAppsV1beta1: c.serveAppsV1beta1 ?? false,
    maxRequestsInFlight: c.maxRequestsInFlight ?? d.maxRequestsInFlight,
    maxMutatingRequestsInFlight: c.maxMutatingRequestsInFlight ?? d.maxMutatingRequestsInFlight,
    maxRequestBodyBytes: c.maxRequestBodyBytes ?? d.maxRequestBodyBytes,
    publicAddress: c.publicAddress ?? '10.0.0.1:6443',
    etcdPrefix: c.etcdPrefix ?? '/registry',
    authentication: c.authentication ?? null,
    authorizationModes: c.authorizationModes ?? [...d.authorizationModes],
    admissionPlugins: c.admissionPlugins ?? [...d.admissionPlugins],
    webhookServices: c.webhookServices ?? {},
    extensionServers: c.extensionServers ?? {},
    controllers: c.controllers ?? [...d.controllers],
  };
}
