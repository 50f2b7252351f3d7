// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'unknown-token',
    request: 0,
    step: 'filter.authentication',
    prompt: {
      en: 'The bearer token `stolen-token-0000` is in no token table. What does the server answer?',
      zh: 'bearer token `stolen-token-0000` 不在任何 token 表中。服务器会如何响应？',
    },
    choices: [
      { en: '401 Unauthorized, before authorization is even asked', zh: '401 Unauthorized，根本轮不到鉴权' },
      {
        en: '403 Forbidden: the request is treated as `system:anonymous`, which RBAC does not allow',
        zh: '403 Forbidden：请求被当作 `system:anonymous`，而 RBAC 不允许它',
      },
      {
        en: '200 with an empty list: an unknown user simply sees no Pods',
        zh: '200 和一个空列表：未知用户只是看不到任何 Pod',
      },
      { en: '400 Bad Request: the token is malformed', zh: '400 Bad Request：token 格式错误' },
    ],
    answer: 0,
    explanation: {
      en: 'The token file answers "not mine", and the bearer token authenticator turns that into the error `invalid bearer token`. A presented credential that nobody accepts is an error, not an absence, so even with anonymous access on it would not fall through to `system:anonymous`. `WithAuthentication` hands the request to its `failed` handler: **401**, reason `Unauthorized`, and no later filter runs.',
      zh: 'token 文件回答“不归我管”，bearer token 认证器把它变成错误 `invalid bearer token`。出示了却没人接受的凭据是一个错误，而不是“没有凭据”，所以即使开启了匿名访问，它也不会落到 `system:anonymous`。`WithAuthentication` 把请求交给它的 `failed` handler：**401**，reason 为 `Unauthorized`，后续过滤器都不会运行。',
    },
  },
  {
    id: 'unbound-create',
    request: 2,
    step: 'filter.authorization',
    prompt: {
      en: 'jane is authenticated (groups `developers`, `system:authenticated`), but no binding grants her anything on Pods. What does her create get?',
      zh: 'jane 已通过认证（组 `developers`、`system:authenticated`），但没有任何绑定授予她对 Pod 的权限。她的 create 会得到什么？',
    },
    choices: [
      {
        en: '403, message `pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"`',
        zh: '403，消息为 `pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"`',
      },
      {
        en: '403, the same message followed by `: RBAC: no rule allows create on pods`',
        zh: '403，同样的消息，后面再跟上 `: RBAC: no rule allows create on pods`',
      },
      {
        en: '401 Unauthorized: she has no permission, so she is not a valid user here',
        zh: '401 Unauthorized：她没有权限，所以在这里不算有效用户',
      },
      {
        en: '201: without a binding, a user may act in the `default` namespace',
        zh: '201：没有绑定时，用户可以在 `default` 命名空间中操作',
      },
    ],
    answer: 0,
    explanation: {
      en: 'RBAC never denies: with no matching rule it returns **no opinion** with an empty reason (a reason appears only when a binding points at a missing role). No authorizer allowed, so `WithAuthorization` calls `responsewriters.Forbidden`, which adds nothing after the message when the reason is empty. `NewForbidden` puts `pods is forbidden: ` in front. Nothing reaches the handler, and etcd is untouched.',
      zh: 'RBAC 从不拒绝：没有匹配的规则时，它返回 **no opinion（没有意见）**，reason 为空（只有当某个绑定指向不存在的角色时才会有 reason）。没有任何鉴权器允许，于是 `WithAuthorization` 调用 `responsewriters.Forbidden`，reason 为空时它不会在消息后追加任何内容。`NewForbidden` 在前面加上 `pods is forbidden: `。请求到不了 handler，etcd 也不会被触及。',
    },
  },
  {
    id: 'masters-skip-rbac',
    request: 3,
    step: 'filter.authorization',
    prompt: {
      en: 'The admin (`kubernetes-admin`, group `system:masters`) creates a RoleBinding. Who decides, and with what reason?',
      zh: '管理员（`kubernetes-admin`，组 `system:masters`）创建一个 RoleBinding。由谁做决定？reason 是什么？',
    },
    choices: [
      {
        en: 'RBAC: allowed by the ClusterRoleBinding `cluster-admin` to Group `system:masters`',
        zh: 'RBAC：由面向 Group `system:masters` 的 ClusterRoleBinding `cluster-admin` 允许',
      },
      {
        en: 'The `system:masters` authorizer, before RBAC is asked; its reason is empty',
        zh: '`system:masters` 鉴权器，在询问 RBAC 之前就做出决定；它的 reason 为空',
      },
      {
        en: 'RBAC, after checking the admin already holds every permission of `edit` (escalation check)',
        zh: 'RBAC，在检查管理员已拥有 `edit` 的全部权限之后（提权检查）',
      },
      {
        en: 'Nobody: requests from the admin kubeconfig skip authorization',
        zh: '没有人：来自管理员 kubeconfig 的请求会跳过鉴权',
      },
    ],
    answer: 1,
    explanation: {
      en: 'kube-apiserver\'s union of authorizers always starts with `NewPrivilegedGroups("system:masters")`, ahead of every `--authorization-mode`. It finds the group and allows with an empty reason; the union stops at the first allow, so RBAC is never consulted. That is why the admin keeps working even if every RBAC object is deleted. (Real RBAC also has a `cluster-admin` binding for that group, and an escalation check in the RoleBinding storage, which the simulator leaves out.)',
      zh: 'kube-apiserver 的鉴权器 union 总是以 `NewPrivilegedGroups("system:masters")` 开头，排在所有 `--authorization-mode` 之前。它发现了该组，以空 reason 允许；union 在第一个 allow 处停止，所以 RBAC 根本不会被询问。这就是为什么即使删掉所有 RBAC 对象，管理员依然可以正常工作。（真实的 RBAC 还为该组准备了一个 `cluster-admin` 绑定，并且在 RoleBinding 的存储中有提权检查，模拟器省略了这些。）',
    },
  },
  {
    id: 'who-mutates',
    request: 4,
    step: 'admission.mutating',
    prompt: {
      en: 'jane sent a Pod with one container and nothing else. Which fields will mutating admission add, and who adds them?',
      zh: 'jane 发送的 Pod 只有一个容器，别的什么都没有。变更准入会添加哪些字段？分别由谁添加？',
    },
    choices: [
      {
        en: 'ServiceAccount: `serviceAccountName`, a `kube-api-access-…` volume and its mount; Priority: `priority: 0`, `preemptionPolicy`; DefaultTolerationSeconds: two NoExecute tolerations; the webhook: the label `team: frontend`',
        zh: 'ServiceAccount：`serviceAccountName`、一个 `kube-api-access-…` 卷及其挂载；Priority：`priority: 0`、`preemptionPolicy`；DefaultTolerationSeconds：两个 NoExecute 容忍度；Webhook：标签 `team: frontend`',
      },
      {
        en: "Only the webhook's label: the built-in plugins only validate",
        zh: '只有 Webhook 的标签：内置插件只做校验',
      },
      {
        en: 'ServiceAccount and the webhook only; `priority` and the tolerations come from defaulting in `scheme.default`',
        zh: '只有 ServiceAccount 和 Webhook；`priority` 和容忍度来自 `scheme.default` 中的默认值设置',
      },
      {
        en: "Nothing yet: mutation happens after the strategy's `PrepareForCreate`",
        zh: '此时还什么都没有：变更发生在策略的 `PrepareForCreate` 之后',
      },
    ],
    answer: 0,
    explanation: {
      en: "The step's details list each plugin with its JSON patch. NamespaceLifecycle and LimitRanger change nothing here (the namespace exists, there is no LimitRange). ServiceAccount sets `serviceAccountName: default` and mounts the projected token volume; Priority finds no default PriorityClass and sets `priority: 0` with `preemptionPolicy: PreemptLowerPriority`; DefaultTolerationSeconds adds `not-ready` and `unreachable` tolerations for 300 s; MutatingAdmissionWebhook applies the team-labeler's patch, last.",
      zh: '该步骤的详情列出了每个插件及其 JSON patch。NamespaceLifecycle 和 LimitRanger 在这里不做修改（命名空间存在，也没有 LimitRange）。ServiceAccount 设置 `serviceAccountName: default` 并挂载投射的 token 卷；Priority 找不到默认的 PriorityClass，于是设置 `priority: 0` 和 `preemptionPolicy: PreemptLowerPriority`；DefaultTolerationSeconds 添加 `not-ready` 和 `unreachable` 两个 300 秒的容忍度；最后，MutatingAdmissionWebhook 应用 team-labeler 的 patch。',
    },
  },
  {
    id: 'latest-refused',
    request: 5,
    step: 'admission.validating',
    prompt: {
      en: 'The image-policy webhook refuses images that are not pinned to a version, and this Pod uses `nginx:latest`. What happens now, and what is written to etcd?',
      zh: 'image-policy Webhook 拒绝没有固定版本的镜像，而这个 Pod 使用的是 `nginx:latest`。接下来会发生什么？etcd 中会写入什么？',
    },
    choices: [
      {
        en: '403 `admission webhook "image-policy.kubewalk.dev" denied the request: …`; nothing is written',
        zh: '403 `admission webhook "image-policy.kubewalk.dev" denied the request: …`；什么都不会写入',
      },
      {
        en: 'The Pod is stored, then deleted again: its key appears in etcd with a tombstone',
        zh: 'Pod 先被存储，然后又被删除：它的 key 会以墓碑（tombstone）的形式出现在 etcd 中',
      },
      {
        en: '422 Invalid, with `spec.containers[0].image` in `details.causes`',
        zh: '422 Invalid，`details.causes` 中包含 `spec.containers[0].image`',
      },
      {
        en: 'The webhook rewrites the image to a pinned tag and the Pod is created',
        zh: 'Webhook 把镜像改写为固定版本的 tag，Pod 创建成功',
      },
    ],
    answer: 0,
    explanation: {
      en: `Validating webhooks may only say yes or no, and they run after mutation and after the strategy's validation, right before storage. The refusal becomes the request's error through \`ToStatusErr\`: the webhook's own Status (code 403), its message prefixed with \`admission webhook "<name>" denied the request: \`. The create stops before \`storage.encode\`: no transaction, no new revision.`,
      zh: `校验 Webhook 只能说行或不行，它们在变更之后、策略校验之后运行，紧挨着存储。拒绝结果通过 \`ToStatusErr\` 变成请求的错误：保留 Webhook 自己的 Status（code 403），并在其 message 前加上 \`admission webhook "<name>" denied the request: \` 前缀。create 在 \`storage.encode\` 之前停止：没有事务，也没有新的 revision。`,
    },
  },
];
