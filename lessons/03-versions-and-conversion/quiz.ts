// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'who-fills-the-selector',
    request: 0,
    step: 'scheme.decode',
    prompt: {
      en: 'The apps/v1beta1 manifest has no `spec.selector`, which apps/v1 would reject. Where will the created Deployment get one from?',
      zh: '这份 apps/v1beta1 清单没有 `spec.selector`，换成 apps/v1 会被拒绝。创建出来的 Deployment 的 selector 从哪里来？',
    },
    choices: [
      { en: 'Nowhere: the request fails validation with 422', zh: '哪里也不来：请求校验失败，返回 422' },
      {
        en: "apps/v1beta1's defaulting copies the template's labels into the selector",
        zh: 'apps/v1beta1 的默认值设置把模板的标签复制到 selector 中',
      },
      { en: 'The conversion to the internal version invents one', zh: '转换到内部版本时凭空生成一个' },
      {
        en: 'The Deployment strategy sets it in `PrepareForCreate`',
        zh: 'Deployment 策略在 `PrepareForCreate` 中设置它',
      },
    ],
    answer: 1,
    explanation: {
      en: "`SetDefaults_Deployment` of apps/v1beta1 runs on the decoded `v1beta1.Deployment`, before any conversion: a missing selector becomes `matchLabels` of the template's labels (and the Deployment's empty labels become the same). The conversion only copies fields; by the time it runs, the selector exists.",
      zh: 'apps/v1beta1 的 `SetDefaults_Deployment` 在任何转换之前就作用于解码得到的 `v1beta1.Deployment`：缺失的 selector 会变成以模板标签为内容的 `matchLabels`（Deployment 自身为空的标签也会设成同样的值）。转换只负责复制字段；等到转换执行时，selector 已经存在了。',
    },
  },
  {
    id: 'stored-version',
    request: 0,
    step: 'storage.encode',
    prompt: {
      en: 'The client wrote apps/v1beta1 and will get apps/v1beta1 back. Which `apiVersion` do the bytes written to etcd carry?',
      zh: '客户端以 apps/v1beta1 写入，也将收到 apps/v1beta1 的响应。写入 etcd 的字节带的是哪个 `apiVersion`？',
    },
    choices: [
      { en: '`apps/v1beta1`: the version the client sent', zh: '`apps/v1beta1`：客户端发送时使用的版本' },
      {
        en: '`apps/__internal`: the version the server works in',
        zh: '`apps/__internal`：服务器内部处理时使用的版本',
      },
      { en: "`apps/v1`: the group's storage version", zh: '`apps/v1`：该组的存储版本' },
      {
        en: 'None: etcd stores the object without `apiVersion` and `kind`',
        zh: '都不是：etcd 存储的对象不带 `apiVersion` 和 `kind`',
      },
    ],
    answer: 2,
    explanation: {
      en: "The storage codec encodes every Deployment to the storage version that `StorageEncodingFor` chose at start-up: the group's first prioritized version, apps/v1 (`SetVersionPriority(v1, v1beta2, v1beta1)`). The internal version is never written anywhere; it has no serialized form of its own.",
      zh: '存储编解码器会把每个 Deployment 编码为 `StorageEncodingFor` 在启动时选定的存储版本：该组优先级最高的版本 apps/v1（`SetVersionPriority(v1, v1beta2, v1beta1)`）。内部版本从不会被写到任何地方，它本身没有序列化形式。',
    },
  },
  {
    id: 'revision-history-limit-v1',
    request: 1,
    step: 'registry.storage',
    prompt: {
      en: 'apps/v1 defaults `revisionHistoryLimit` to 10, and reading from etcd runs the apps/v1 defaults. What will this GET as apps/v1 show?',
      zh: 'apps/v1 会把 `revisionHistoryLimit` 默认设为 10，而从 etcd 读取时会运行 apps/v1 的默认值设置。这次以 apps/v1 执行的 GET 会显示什么？',
    },
    choices: [
      {
        en: '`10`: the apps/v1 default applies when read as apps/v1',
        zh: '`10`：以 apps/v1 读取时应用 apps/v1 的默认值',
      },
      {
        en: '`2`: the value stored when apps/v1beta1 defaulted it',
        zh: '`2`：apps/v1beta1 设置默认值时存下的值',
      },
      {
        en: 'Nothing: apps/v1 responses omit defaulted fields',
        zh: '什么都不显示：apps/v1 的响应会省略设置了默认值的字段',
      },
      {
        en: '`2` as apps/v1, `10` only after the next update',
        zh: '以 apps/v1 读取时为 `2`，下一次更新之后才变成 `10`',
      },
    ],
    answer: 1,
    explanation: {
      en: 'Defaults fill only missing fields. The create defaulted `revisionHistoryLimit: 2` (apps/v1beta1) and that 2 was written to etcd; when the apps/v1 bytes are decoded and defaulted, the field is already there, so `SetDefaults_Deployment` of apps/v1 leaves it alone. A Deployment created as apps/v1 would have had 10.',
      zh: '默认值只填充缺失的字段。创建时（按 apps/v1beta1）设置了默认值 `revisionHistoryLimit: 2`，这个 2 被写入了 etcd；当 apps/v1 字节被解码并设置默认值时，该字段已经存在，所以 apps/v1 的 `SetDefaults_Deployment` 不会改动它。如果以 apps/v1 创建这个 Deployment，它的值会是 10。',
    },
  },
  {
    id: 'kubectl-convert',
    request: 2,
    step: 'scheme.convertToExternal',
    prompt: {
      en: '`kubectl convert -f web-v1beta1.yaml --output-version apps/v1` (the kubectl-convert plugin) turns the same manifest into apps/v1 without a server. How?',
      zh: '`kubectl convert -f web-v1beta1.yaml --output-version apps/v1`（kubectl-convert 插件）无需服务器就能把同一份清单转换为 apps/v1。它是怎么做到的？',
    },
    choices: [
      {
        en: 'It rewrites `apiVersion` and leaves the rest as it is',
        zh: '它改写 `apiVersion`，其余内容保持不变',
      },
      {
        en: 'It sends the manifest to the API server with `dryRun=All` and prints the answer',
        zh: '它以 `dryRun=All` 把清单发给 API 服务器，并打印返回结果',
      },
      {
        en: "It decodes with the same scheme (defaults included) into the internal type, then `ConvertToVersion(obj, apps/v1)`: the server's conversions, run locally",
        zh: '它用同一个 Scheme 把清单解码为内部类型（包括默认值设置），然后调用 `ConvertToVersion(obj, apps/v1)`：在本地运行服务器的转换函数',
      },
      {
        en: 'It applies a JSON patch that maps v1beta1 field names to v1 ones',
        zh: '它应用一个 JSON patch，把 v1beta1 的字段名映射为 v1 的字段名',
      },
    ],
    answer: 2,
    explanation: {
      en: "kubectl-convert links kube-apiserver's internal API packages: its builder decodes the file into the internal type (applying the v1beta1 defaults, so the output has a selector and `revisionHistoryLimit: 2`), and `tryConvert` calls `ConvertToVersion` with the output version. That dependency on internal types is why it left kubectl for a plugin.",
      zh: 'kubectl-convert 链接了 kube-apiserver 的内部 API 包：它的 builder 把文件解码为内部类型（会应用 v1beta1 的默认值，因此输出中有 selector 和 `revisionHistoryLimit: 2`），然后 `tryConvert` 以输出版本为参数调用 `ConvertToVersion`。正是由于依赖内部类型，它才从 kubectl 中移出，成为一个插件。',
    },
  },
];
