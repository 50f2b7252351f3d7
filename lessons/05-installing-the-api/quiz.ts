// Predict, then step and see. Run 0 is the traced start-up; scenario request i is run i + 1.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'pods-log-routes',
    request: 0,
    step: 'startup.registerResourceHandlers',
    prompt: {
      en: '`LogREST`, the storage behind `pods/log`, implements `rest.GetterWithOptions` and `rest.StorageMetadata`, and nothing else. Which routes will the installer register for `pods/log`?',
      zh: '`pods/log` 背后的存储 `LogREST` 只实现了 `rest.GetterWithOptions` 和 `rest.StorageMetadata`，别无其他。安装器会为 `pods/log` 注册哪些路由？',
    },
    choices: [
      {
        en: 'All of them: every path of a resource gets the same eight routes',
        zh: '全部路由：一个资源的每个路径都会得到同样的八条路由',
      },
      { en: 'Only `GET …/pods/{name}/log`', zh: '只有 `GET …/pods/{name}/log`' },
      {
        en: '`GET …/pods/{name}/log` and `GET …/pods/log` (a list of every log)',
        zh: '`GET …/pods/{name}/log` 和 `GET …/pods/log`（列出所有日志）',
      },
      { en: 'GET and POST: POST appends a line to the log', zh: 'GET 和 POST：POST 向日志追加一行' },
    ],
    answer: 1,
    explanation: {
      en: '`registerResourceHandlers` adds an action only for an interface the storage implements. `GetterWithOptions` gives the item GET (its options, `PodLogOptions`, come from the query); there is no `Lister`, `Creater`, `Updater` or `GracefulDeleter`, so no other route. Discovery lists pods/log with verbs `["get"]`.',
      zh: '`registerResourceHandlers` 只为存储实现了的接口添加操作。`GetterWithOptions` 提供针对单个对象的 GET（其选项 `PodLogOptions` 来自查询参数）；没有 `Lister`、`Creater`、`Updater` 或 `GracefulDeleter`，因此没有其他路由。发现文档中 pods/log 的动词是 `["get"]`。',
    },
  },
  {
    id: 'list-bindings',
    request: 2,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: '`bindings` has a POST route but its storage is not a `rest.Lister`. What does `GET /api/v1/namespaces/default/bindings` answer?',
      zh: '`bindings` 有一条 POST 路由，但它的存储不是 `rest.Lister`。`GET /api/v1/namespaces/default/bindings` 会得到什么应答？',
    },
    choices: [
      { en: '200 with an empty BindingList', zh: '200，返回一个空的 BindingList' },
      { en: '404 Not Found: there is no such route', zh: '404 Not Found：没有这条路由' },
      {
        en: '405 Method Not Allowed: the path exists, the method does not',
        zh: '405 Method Not Allowed：路径存在，但方法不存在',
      },
      { en: '403 Forbidden: nobody may list bindings', zh: '403 Forbidden：任何人都不允许列出 bindings' },
    ],
    answer: 2,
    explanation: {
      en: 'go-restful matches the path (a POST route was registered for it) and then finds no route for GET, which it answers with 405.',
      zh: 'go-restful 匹配到了这个路径（它注册过一条 POST 路由），随后发现没有 GET 路由，于是以 405 应答。',
    },
  },
  {
    id: 'log-content-type',
    request: 4,
    step: 'registry.storage',
    prompt: {
      en: 'The client sends `Accept: */*` and the Pod was never scheduled. What comes back?',
      zh: '客户端发送了 `Accept: */*`，而这个 Pod 从未被调度。返回的是什么？',
    },
    choices: [
      { en: '200, `text/plain`, empty body', zh: '200，`text/plain`，响应体为空' },
      { en: '200, `application/json`, a Pod object', zh: '200，`application/json`，一个 Pod 对象' },
      { en: '404: there is no log before the Pod runs', zh: '404：Pod 运行之前没有日志' },
      { en: '400: a container name is required', zh: '400：必须指定容器名' },
    ],
    answer: 0,
    explanation: {
      en: '`LogREST` declares `text/plain` through `StorageMetadata`, so the log is streamed as text whatever `Accept` says. With no node there is no kubelet to stream from: Kubewalk answers an empty 200.',
      zh: '`LogREST` 通过 `StorageMetadata` 声明了 `text/plain`，因此无论 `Accept` 怎么写，日志都以文本流的形式返回。没有节点，也就没有可以读取日志流的 kubelet：Kubewalk 返回一个空的 200。',
    },
  },
];
