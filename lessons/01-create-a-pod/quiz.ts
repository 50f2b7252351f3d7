// Predict, then step and see.
import type { Question } from '../types';
import { RV_CREATED, RV_STARTUP } from './scenario';

export const quiz: Question[] = [
  {
    id: 'image-pull-policy',
    request: 0,
    step: 'scheme.decode',
    prompt: {
      en: 'The manifest says nothing about `imagePullPolicy`, yet the created Pod has one. Which step sets it, and to what?',
      zh: '清单里没有写 `imagePullPolicy`，但创建出来的 Pod 却有这个字段。是哪个步骤设置的？设成了什么值？',
    },
    choices: [
      { en: '`scheme.default`, to `IfNotPresent`', zh: '`scheme.default`，设为 `IfNotPresent`' },
      { en: '`scheme.default`, to `Always`', zh: '`scheme.default`，设为 `Always`' },
      { en: '`admission.mutating`, to `IfNotPresent`', zh: '`admission.mutating`，设为 `IfNotPresent`' },
      { en: '`registry.prepareForCreate`, to `Always`', zh: '`registry.prepareForCreate`，设为 `Always`' },
    ],
    answer: 0,
    explanation: {
      en: 'Defaulting runs while the body is decoded, on the `v1.Pod`: `SetDefaults_Container` picks `Always` only for the tag `latest` (or no tag). `nginx:1.27` gets `IfNotPresent`.',
      zh: '默认值设置在解码请求体时进行，作用在 `v1.Pod` 上：`SetDefaults_Container` 只有在标签为 `latest`（或没有标签）时才选择 `Always`。`nginx:1.27` 得到的是 `IfNotPresent`。',
    },
  },
  {
    id: 'resource-version',
    request: 0,
    step: 'etcd.txn',
    prompt: {
      en: `etcd's revision is ${RV_STARTUP} right now: starting up, the server wrote the system namespaces, the \`kubernetes\` Service and its APIServices. What \`resourceVersion\` will the new Pod get?`,
      zh: `etcd 当前的 revision 是 ${RV_STARTUP}：服务器启动时写入了系统命名空间、\`kubernetes\` Service 以及各个 APIService。新 Pod 会得到什么样的 \`resourceVersion\`？`,
    },
    choices: [
      { en: '`1`: it is the first version of this Pod', zh: '`1`：这是该 Pod 的第一个版本' },
      { en: `\`${RV_STARTUP}\`: the current revision`, zh: `\`${RV_STARTUP}\`：当前的 revision` },
      {
        en: `\`${RV_CREATED}\`: the revision of the transaction that writes it`,
        zh: `\`${RV_CREATED}\`：写入它的那次事务的 revision`,
      },
      { en: 'A fresh UUID, like `metadata.uid`', zh: '一个新的 UUID，就像 `metadata.uid` 那样' },
    ],
    answer: 2,
    explanation: {
      en: `A \`resourceVersion\` is the key's \`mod_revision\`, and etcd has one revision counter for all keys. The transaction that writes the Pod moves it from ${RV_STARTUP} to ${RV_CREATED}. (The key's own \`version\` is 1; clients never see that.)`,
      zh: `\`resourceVersion\` 就是键的 \`mod_revision\`，而 etcd 的所有键共用一个 revision 计数器。写入该 Pod 的事务把它从 ${RV_STARTUP} 推进到 ${RV_CREATED}。（键自身的 \`version\` 是 1，但客户端永远看不到它。）`,
    },
  },
  {
    id: 'dry-run-skips',
    request: 1,
    step: 'admission.validating',
    prompt: {
      en: 'This request carries `?dryRun=All`. Which of the steps still ahead will it skip?',
      zh: '这个请求带有 `?dryRun=All`。在接下来的步骤中，它会跳过哪一个？',
    },
    choices: [
      {
        en: '`admission.validating`: nothing will be stored, so there is nothing to validate',
        zh: '`admission.validating`：什么都不会被存储，所以没有需要校验的东西',
      },
      {
        en: '`storage.encode`: nothing will be written, so nothing is encoded',
        zh: '`storage.encode`：什么都不会被写入，所以不做编码',
      },
      { en: '`etcd.txn`: the only step that writes', zh: '`etcd.txn`：唯一执行写入的步骤' },
      { en: 'None: it writes the Pod, then deletes it again', zh: '一个都不跳过：它先写入 Pod，然后再删除' },
    ],
    answer: 2,
    explanation: {
      en: 'A dry run runs every check, validating admission included, and even encodes the Pod with the storage codec (`DryRunnableStorage.copyInto`). Only the etcd transaction is skipped: the keyspace and the revision stay as they were.',
      zh: '试运行会执行所有检查，包括校验准入，甚至还会用存储编解码器对 Pod 进行编码（`DryRunnableStorage.copyInto`）。只有 etcd 事务被跳过：键空间和 revision 都保持原样。',
    },
  },
  {
    id: 'where-invalid-fails',
    request: 2,
    step: 'scheme.decode',
    prompt: {
      en: 'This Pod has a container without an `image`. Where will the request fail?',
      zh: '这个 Pod 有一个没有 `image` 的容器。请求会在哪里失败？',
    },
    choices: [
      { en: 'Decoding: 400 Bad Request', zh: '解码：400 Bad Request' },
      {
        en: "The strategy's `Validate`, inside `BeforeCreate`: 422 Invalid",
        zh: '在 `BeforeCreate` 中调用的策略 `Validate`：422 Invalid',
      },
      { en: 'Validating admission: 403 Forbidden', zh: '校验准入：403 Forbidden' },
      { en: 'The etcd transaction: 500 Internal Server Error', zh: 'etcd 事务：500 Internal Server Error' },
    ],
    answer: 1,
    explanation: {
      en: 'The JSON is well-formed, so decoding succeeds; a missing image is a rule of the Pod type, checked by `ValidatePodCreate` from `podStrategy.Validate`. The answer is a 422 whose `details.causes` names `spec.containers[0].image`.',
      zh: 'JSON 格式正确，所以解码成功；缺少镜像违反的是 Pod 类型自身的规则，由 `podStrategy.Validate` 调用的 `ValidatePodCreate` 检查。响应是 422，其 `details.causes` 中指出了 `spec.containers[0].image`。',
    },
  },
];
