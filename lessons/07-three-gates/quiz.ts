// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'unknown-token',
    request: 0,
    step: 'filter.authentication',
    prompt: {
      en: 'The bearer token `stolen-token-0000` is in no token table. What does the server answer?',
    },
    choices: [
      { en: '401 Unauthorized, before authorization is even asked' },
      { en: '403 Forbidden: the request is treated as `system:anonymous`, which RBAC does not allow' },
      { en: '200 with an empty list: an unknown user simply sees no Pods' },
      { en: '400 Bad Request: the token is malformed' },
    ],
    answer: 0,
    explanation: {
      en: 'The token file answers "not mine", and the bearer token authenticator turns that into the error `invalid bearer token`. A presented credential that nobody accepts is an error, not an absence, so even with anonymous access on it would not fall through to `system:anonymous`. `WithAuthentication` hands the request to its `failed` handler: **401**, reason `Unauthorized`, and no later filter runs.',
    },
  },
  {
    id: 'unbound-create',
    request: 2,
    step: 'filter.authorization',
    prompt: {
      en: 'jane is authenticated (groups `developers`, `system:authenticated`), but no binding grants her anything on Pods. What does her create get?',
    },
    choices: [
      {
        en: '403, message `pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"`',
      },
      {
        en: '403, the same message followed by `: RBAC: no rule allows create on pods`',
      },
      { en: '401 Unauthorized: she has no permission, so she is not a valid user here' },
      { en: '201: without a binding, a user may act in the `default` namespace' },
    ],
    answer: 0,
    explanation: {
      en: 'RBAC never denies: with no matching rule it returns **no opinion** with an empty reason (a reason appears only when a binding points at a missing role). No authorizer allowed, so `WithAuthorization` calls `responsewriters.Forbidden`, which adds nothing after the message when the reason is empty. `NewForbidden` puts `pods is forbidden: ` in front. Nothing reaches the handler, and etcd is untouched.',
    },
  },
  {
    id: 'masters-skip-rbac',
    request: 3,
    step: 'filter.authorization',
    prompt: {
      en: 'The admin (`kubernetes-admin`, group `system:masters`) creates a RoleBinding. Who decides, and with what reason?',
    },
    choices: [
      {
        en: 'RBAC: allowed by the ClusterRoleBinding `cluster-admin` to Group `system:masters`',
      },
      {
        en: 'The `system:masters` authorizer, before RBAC is asked; its reason is empty',
      },
      { en: 'RBAC, after checking the admin already holds every permission of `edit` (escalation check)' },
      { en: 'Nobody: requests from the admin kubeconfig skip authorization' },
    ],
    answer: 1,
    explanation: {
      en: 'kube-apiserver\'s union of authorizers always starts with `NewPrivilegedGroups("system:masters")`, ahead of every `--authorization-mode`. It finds the group and allows with an empty reason; the union stops at the first allow, so RBAC is never consulted. That is why the admin keeps working even if every RBAC object is deleted. (Real RBAC also has a `cluster-admin` binding for that group, and an escalation check in the RoleBinding storage, which the simulator leaves out.)',
    },
  },
  {
    id: 'who-mutates',
    request: 4,
    step: 'admission.mutating',
    prompt: {
      en: 'jane sent a Pod with one container and nothing else. Which fields will mutating admission add, and who adds them?',
    },
    choices: [
      {
        en: 'ServiceAccount: `serviceAccountName`, a `kube-api-access-…` volume and its mount; Priority: `priority: 0`, `preemptionPolicy`; DefaultTolerationSeconds: two NoExecute tolerations; the webhook: the label `team: frontend`',
      },
      { en: "Only the webhook's label: the built-in plugins only validate" },
      {
        en: 'ServiceAccount and the webhook only; `priority` and the tolerations come from defaulting in `scheme.default`',
      },
      { en: "Nothing yet: mutation happens after the strategy's `PrepareForCreate`" },
    ],
    answer: 0,
    explanation: {
      en: "The step's details list each plugin with its JSON patch. NamespaceLifecycle and LimitRanger change nothing here (the namespace exists, there is no LimitRange). ServiceAccount sets `serviceAccountName: default` and mounts the projected token volume; Priority finds no default PriorityClass and sets `priority: 0` with `preemptionPolicy: PreemptLowerPriority`; DefaultTolerationSeconds adds `not-ready` and `unreachable` tolerations for 300 s; MutatingAdmissionWebhook applies the team-labeler's patch, last.",
    },
  },
  {
    id: 'latest-refused',
    request: 5,
    step: 'admission.validating',
    prompt: {
      en: 'The image-policy webhook refuses images that are not pinned to a version, and this Pod uses `nginx:latest`. What happens now, and what is written to etcd?',
    },
    choices: [
      {
        en: '403 `admission webhook "image-policy.kubewalk.dev" denied the request: …`; nothing is written',
      },
      { en: 'The Pod is stored, then deleted again: its key appears in etcd with a tombstone' },
      { en: '422 Invalid, with `spec.containers[0].image` in `details.causes`' },
      { en: 'The webhook rewrites the image to a pinned tag and the Pod is created' },
    ],
    answer: 0,
    explanation: {
      en: `Validating webhooks may only say yes or no, and they run after mutation and after the strategy's validation, right before storage. The refusal becomes the request's error through \`ToStatusErr\`: the webhook's own Status (code 403), its message prefixed with \`admission webhook "<name>" denied the request: \`. The create stops before \`storage.encode\`: no transaction, no new revision.`,
    },
  },
];
