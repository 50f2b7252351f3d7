// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'serving-info-when',
    request: 2,
    step: 'crd.servingInfo',
    prompt: {
      en: 'The CRD was created two requests ago, and this is the first request for a Student. Where do the handlers that will serve it come from?',
      zh: 'CRD 是在两个请求之前创建的，而这是第一个针对 Student 的请求。为它提供服务的处理函数从哪里来？',
    },
    choices: [
      {
        en: '`crdHandler` builds them now, from the CRD (schema, validator, columns, a generic Store, a RequestScope), and caches them by the CRD’s UID',
        zh: '`crdHandler` 此刻依据 CRD 构建它们（schema、校验器、打印列、一个通用 Store、一个 RequestScope），并按 CRD 的 UID 缓存',
      },
      {
        en: 'The CRD create installed go-restful routes for `/apis/duyanghao.example.com/v1`',
        zh: '创建 CRD 时为 `/apis/duyanghao.example.com/v1` 安装了 go-restful 路由',
      },
      {
        en: 'kube-apiserver generated Go types for Student when the CRD became Established',
        zh: 'CRD 变为 Established 时，kube-apiserver 为 Student 生成了 Go 类型',
      },
      { en: 'Every request builds them again from the CRD', zh: '每个请求都会依据 CRD 重新构建它们' },
    ],
    answer: 0,
    explanation: {
      en: 'Nothing is installed for a CRD, neither at start-up nor when it is created: `crdHandler.ServeHTTP` looks the CRD up on every request, and `getOrCreateServingInfoFor` builds the per-version storage, codecs and scopes on the first one (the details say `built: true`). The next request finds them in the map (`built: false`); a change to the CRD’s spec or accepted names drops them.',
      zh: '无论是启动时还是创建时，都不会为 CRD 安装任何东西：`crdHandler.ServeHTTP` 在每个请求中查找 CRD，`getOrCreateServingInfoFor` 在第一个请求时构建每个版本的存储、编解码器和 scope（详情中显示 `built: true`）。下一个请求会在 map 中找到它们（`built: false`）；CRD 的 spec 或已接受名称一旦变化，它们就会被丢弃。',
    },
  },
  {
    id: 'unknown-field',
    request: 2,
    step: 'scheme.decode',
    prompt: {
      en: '`ada` has `spec.hobby: engines`, which the schema does not declare, and the request sets no `fieldValidation`. What happens?',
      zh: '`ada` 带有 `spec.hobby: engines`，而 schema 并未声明该字段，请求也没有设置 `fieldValidation`。会发生什么？',
    },
    choices: [
      {
        en: '201; `spec.hobby` is pruned and the response carries `Warning: 299 - "unknown field \\"spec.hobby\\""`',
        zh: '201；`spec.hobby` 被裁剪，响应带有 `Warning: 299 - "unknown field \\"spec.hobby\\""`',
      },
      {
        en: '400 BadRequest: `strict decoding error: unknown field "spec.hobby"`',
        zh: '400 BadRequest（错误请求）：`strict decoding error: unknown field "spec.hobby"`',
      },
      {
        en: '201, and `spec.hobby` is stored: a custom resource is a free-form map',
        zh: '201，并且 `spec.hobby` 被存储：自定义资源就是一个自由格式的 map',
      },
      {
        en: '422 Invalid: `spec.hobby: Forbidden: field not declared in the schema`',
        zh: '422 Invalid（无效）：`spec.hobby: Forbidden: field not declared in the schema`',
      },
    ],
    answer: 0,
    explanation: {
      en: 'The schema-coercing decoder prunes every field the structural schema does not declare and reports it as an unknown field. `fieldValidation` defaults to `Warn`, so the request goes on with a warning; `Strict` would make it a 400, `Ignore` would drop it silently. Only `x-kubernetes-preserve-unknown-fields: true` keeps unknown fields.',
      zh: 'schema-coercing 解码器会裁剪结构化 schema 未声明的每个字段，并将其报告为未知字段。`fieldValidation` 默认为 `Warn`，所以请求带着警告继续执行；`Strict` 会使其变成 400，`Ignore` 则会悄悄丢弃。只有 `x-kubernetes-preserve-unknown-fields: true` 才会保留未知字段。',
    },
  },
  {
    id: 'three-errors',
    request: 3,
    step: 'registry.validate',
    prompt: {
      en: '`bob` has no `spec.name` (required), `grade: 13` (maximum 12) and `track: sports` (enum science, arts). What does the client get?',
      zh: '`bob` 没有 `spec.name`（必填），`grade: 13`（最大值 12），`track: sports`（枚举值为 science、arts）。客户端会收到什么？',
    },
    choices: [
      {
        en: '422 Invalid listing all three fields in `details.causes`',
        zh: '422 Invalid，在 `details.causes` 中列出全部三个字段',
      },
      {
        en: '422 Invalid naming only the first error the validator met',
        zh: '422 Invalid，只指出校验器遇到的第一个错误',
      },
      {
        en: '400 BadRequest: the body does not match the schema',
        zh: '400 BadRequest（错误请求）：请求体与 schema 不匹配',
      },
      {
        en: '201: `spec.name` is defaulted, and the two bad values are pruned',
        zh: '201：`spec.name` 被设置了默认值，两个错误的值被裁剪掉',
      },
    ],
    answer: 0,
    explanation: {
      en: 'kube-openapi checks the whole object and returns every failure; `kubeOpenAPIResultToFieldErrors` turns them into field errors by their code: `Required value` for `required`, `Unsupported value` for `enum`, and kube-openapi’s own message (`should be less than or equal to 12`) for `maximum`. The strategy returns the list and `rest.BeforeCreate` makes it one 422. Pruning removes unknown fields only, never bad values.',
      zh: 'kube-openapi 检查整个对象并返回每一处失败；`kubeOpenAPIResultToFieldErrors` 按错误码把它们转换为字段错误：`required` 对应 `Required value`，`enum` 对应 `Unsupported value`，`maximum` 则使用 kube-openapi 自己的消息（`should be less than or equal to 12`）。策略返回这个错误列表，`rest.BeforeCreate` 把它合成一个 422。裁剪只移除未知字段，从不移除错误的值。',
    },
  },
  {
    id: 'status-patch',
    request: 4,
    step: 'admission.validating',
    prompt: {
      en: 'The merge patch to `/students/ada/status` sets `spec.grade: 11` and `status.phase: Enrolled`. What is stored?',
      zh: '对 `/students/ada/status` 的 merge patch 设置了 `spec.grade: 11` 和 `status.phase: Enrolled`。最终存储的是什么？',
    },
    choices: [
      {
        en: '`status.phase: Enrolled`; `spec.grade` stays 10 and `generation` stays 1',
        zh: '`status.phase: Enrolled`；`spec.grade` 仍为 10，`generation` 仍为 1',
      },
      { en: 'Both changes, and `generation` becomes 2', zh: '两处修改都存储，且 `generation` 变为 2' },
      {
        en: 'Nothing: 422, a status patch may not contain `spec`',
        zh: '什么都不存：422，status patch 不能包含 `spec`',
      },
      {
        en: '`spec.grade: 11` only: `status` is written by controllers, not clients',
        zh: '只存 `spec.grade: 11`：`status` 由控制器写入，而不是客户端',
      },
    ],
    answer: 0,
    explanation: {
      en: 'The status strategy’s `PrepareForUpdate` copies the stored object over the new one and keeps only the request’s `status`; the `spec` change is dropped without an error. Mutating admission still saw `grade: 11`; by validating admission it is 10 again. No change outside metadata and status, so no generation bump.',
      zh: 'status 策略的 `PrepareForUpdate` 用存储的对象覆盖新对象，只保留请求中的 `status`；对 `spec` 的修改被丢弃，且不报错。变更准入看到的仍是 `grade: 11`；到校验准入时它又变回 10。metadata 和 status 之外没有变更，所以 generation 不递增。',
    },
  },
  {
    id: 'table-columns',
    request: 5,
    step: 'response.encode',
    prompt: {
      en: 'The CRD declares the printer columns School, Grade, Phase and Age. Which columns does the Table have?',
      zh: 'CRD 声明了打印列 School、Grade、Phase 和 Age。Table 中有哪些列？',
    },
    choices: [
      { en: 'Name, School, Grade, Phase, Age', zh: 'Name、School、Grade、Phase 和 Age' },
      { en: 'School, Grade, Phase, Age', zh: 'School、Grade、Phase 和 Age' },
      {
        en: 'Name, School, Grade, Phase, Age, and another Age added by the server',
        zh: 'Name、School、Grade、Phase、Age，外加服务器添加的另一个 Age',
      },
      {
        en: 'Name and Age: printer columns are only a kubectl feature',
        zh: 'Name 和 Age：打印列只是 kubectl 的功能',
      },
    ],
    answer: 0,
    explanation: {
      en: 'The Table convertor always starts with `Name`, then one column per `additionalPrinterColumns` entry, each cell read with its JSONPath. The server adds `Age` only to a CRD that declares no columns at all, so here `Age` is there because the CRD asks for it.',
      zh: 'Table 转换器总是以 `Name` 开头，然后 `additionalPrinterColumns` 的每一项对应一列，每个单元格按其 JSONPath 读取。服务器只会给完全没有声明列的 CRD 添加 `Age`，所以这里之所以有 `Age`，是因为 CRD 自己要求了它。',
    },
  },
  {
    id: 'unserved-version',
    request: 6,
    step: 'chain.apiextensions',
    prompt: {
      en: '`v1beta1` is listed in the CRD with `served: false`. What does `GET /apis/duyanghao.example.com/v1beta1/namespaces/default/students/ada` get?',
      zh: '`v1beta1` 在 CRD 中列出，但设置了 `served: false`。`GET /apis/duyanghao.example.com/v1beta1/namespaces/default/students/ada` 会得到什么？',
    },
    choices: [
      { en: 'A plain-text `404 page not found`', zh: '一个纯文本的 `404 page not found`' },
      {
        en: 'A JSON Status 404: `students.duyanghao.example.com "ada" not found`',
        zh: '一个 JSON Status 404：`students.duyanghao.example.com "ada" not found`',
      },
      {
        en: '200 with `apiVersion: duyanghao.example.com/v1beta1`: the storage version is converted',
        zh: '200，带有 `apiVersion: duyanghao.example.com/v1beta1`：存储版本被转换了',
      },
      { en: '410 Gone: the version is deprecated', zh: '410 Gone：该版本已被弃用' },
    ],
    answer: 0,
    explanation: {
      en: '`crdHandler` finds the CRD, but `HasServedCRDVersion` says no, so the request goes to its delegate, the not-found handler at the end of the chain: Go’s `http.NotFound`, plain text. An unserved version looks to the client like a group that does not exist; a JSON Status 404 would need a served version and a missing object.',
      zh: '`crdHandler` 找到了 CRD，但 `HasServedCRDVersion` 给出否定答案，于是请求交给它的 delegate，即链末端的 not-found 处理函数：Go 的 `http.NotFound`，纯文本。在客户端看来，未提供服务的版本就像一个不存在的组；要得到 JSON Status 404，需要版本正在提供服务而对象不存在。',
    },
  },
];
