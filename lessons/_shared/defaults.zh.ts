// Simplified Chinese for the default notes of defaults.ts and startup_defaults.ts, keyed as allDefaultEntries
// names them (`registry.storage (POST)` for the per-method variants). Identifiers stay as in the Go source.
export const defaultNotesZh: Readonly<Record<string, string>> = {
  // filters
  'filter.auditInit':
    '最外层的过滤器为请求分配一个 **audit ID**（如果客户端已在 `Audit-ID` 中带上，则沿用客户端的），并通过响应头 `Audit-Id` 回传，这样就能在日志和审计日志中找到这个请求。',
  'filter.panicRecovery':
    '一个 defer 的 `HandleCrash` 会捕获处理链更深处任何地方发生的 panic，把它变成仅针对这一个请求的 **500**，而不会让整个 API server 崩溃。',
  'filter.muxAndDiscoveryComplete':
    '服务器是否已经装好了所有路径？此时已经装好，所以什么也不变。若是在启动过程中，请求会被打上标记，这样未知路径得到的是 **503，请稍后重试**，而不是具有误导性的 404。',
  'filter.requestReceivedTimestamp':
    '请求到达的时间被写入请求的 context。请求的截止时间和审计事件都从这一刻开始计时。',
  'filter.requestInfo':
    'URL 被一次性解析成 **RequestInfo**：动词（`create`、`get`、`list`、`watch`……）、API 组和版本、命名空间、资源以及名称。后面的每个过滤器（首先是鉴权）都依据它来做判断。',
  'filter.hsts':
    '如果服务器启动时配置了 HSTS 指令，就添加 `Strict-Transport-Security` 响应头；没有配置时，这个过滤器根本不会被安装。',
  'filter.cacheControl':
    '响应被标记为 `Cache-Control: no-cache, private`：API 响应取决于是谁在请求，而且随时在变，因此任何代理或浏览器都不得缓存它们。',
  'filter.waitGroup':
    '请求被计入服务器的 wait group，这样优雅关闭时会等它得到响应后再退出。watch 之类的长时间运行请求不计入其中。',
  'filter.requestDeadline':
    '请求获得它的**截止时间**：从到达时刻起 `--request-timeout`（60 秒），如果客户端传了 `?timeout=` 则会更早。格式错误的 `?timeout=` 会让请求在这里以 400 结束。',
  'filter.timeout':
    '处理链的其余部分现在都在这个截止时间之内运行。如果 handler 没有及时响应，客户端会收到 **504** `request did not complete within the allotted timeout`。',
  'filter.warningRecorder':
    '一个 warning 记录器被放入 context。更深处的任何环节（解码时遇到未知字段、注册表策略、已弃用的 API 版本）都可以添加警告，警告会以 `Warning:` 响应头的形式返回给客户端。',
  'filter.cors':
    '如果服务器启动时带了 `--cors-allowed-origins`，就在这里应答跨域（CORS）检查；没有这个参数时，该过滤器不会被安装。',
  'filter.authentication':
    '**是谁在请求？** 各个认证器（客户端证书、bearer token、ServiceAccount token、OIDC……）依次尝试验证凭据。成功后，用户连同其所属组和 `system:authenticated` 被写入 context，`Authorization` 请求头被移除；如果没有任何认证器认得这些凭据，响应就是 **401 Unauthorized**。（没有配置 token 表的场景会把每个请求都当作属于 `system:masters` 的 `kubernetes-admin`，就像使用管理员 kubeconfig 一样；步骤详情中会显示该用户。）',
  'filter.audit':
    '审计策略决定这个请求要记录到什么程度，并写下 `RequestReceived` 审计事件。响应阶段的事件会在返回途中记录。',
  'filter.impersonation':
    '处理 `Impersonate-User` 和 `Impersonate-Group` 请求头（`kubectl --as`）。没有这些请求头时什么也不做。有的话，真实用户需要拥有 `impersonate` 动词的权限，处理链的其余部分看到的将是被模拟的用户。',
  'filter.maxInFlight':
    '请求占用一个席位：变更类动词共享 `--max-mutating-requests-inflight`（200），读请求共享 `--max-requests-inflight`（400）。所有席位都被占满时，响应是纯文本的 **429**。（真实的 v1.34 服务器默认在这里使用 API 优先级与公平性（APF）；max-in-flight 是它更简单的前身。）',
  'filter.authorization':
    '**允许他们这么做吗？** 依次询问各个鉴权器：这个用户能否在这个命名空间中对这个资源执行这个动词。先是内置的 `system:masters` 检查，然后是每个 `--authorization-mode`（Node、RBAC、Webhook……）。只要有一个允许，请求就继续交给服务器；如果都不允许，则返回 **403 Forbidden**。（未配置任何模式的场景使用 `AlwaysAllow` 运行；步骤详情中会显示鉴权决定及其原因。）',

  // chain
  'chain.aggregator':
    '过滤器都已执行完毕，最外层服务器的 **director** 选择一个 handler。这个服务器就是 **kube-aggregator**：它自己处理 `/apis` 和 APIService 对象，把本地 APIService（内置 API 组、CRD）的路径交给 kube-apiserver，对于不认识的路径也同样转给 kube-apiserver。',
  'chain.kubeAPIServer':
    '**kube-apiserver** 的 director：如果它已安装的某个 API 组（`/api/v1`、`/apis/apps/v1`……）认领了这个路径，go-restful 就把请求路由到该资源的 handler；否则由它的普通 mux 把请求交给下一个服务器。它自己的过滤器不会再执行一遍。',
  'chain.apiextensions':
    '**apiextensions-apiserver** 负责处理 CustomResourceDefinition 及其自定义资源。它查找名为 `<resource>.<group>` 的 CRD；如果没有，请求就继续走到处理链的末端。',
  'chain.notFound':
    '委托链的末端：没有任何服务器处理这个路径。响应是 Go 的纯文本 `404 page not found`，而不是 JSON 格式的 Status（服务器仍在启动时则是 503）。',

  // handler
  'crd.servingInfo':
    '自定义资源在启动时并没有安装 handler：`crdHandler` 在 CRD 收到第一个请求时，依据 CRD 本身构建它们，并按 CRD 的 UID 缓存起来。每个版本包括：结构化 schema、校验器、打印列、一个位于 `/registry/<group>/<plural>/` 下的通用 `Store`，以及一个 `RequestScope`，供与内置资源相同的那些 handler 使用。步骤详情会显示它是这次新建的（`built: true`）还是复用的，以及由哪个 handler（`serveResource`、`serveStatus`、`serveScale`）处理该请求。',
  'storage.watch':
    '带上 `?watch=true` 后，同一个 GET 启动的是一个 **watch** 而不是 list：`Store.Watch` 向存储索取给定 `resourceVersion` 之后的每一次变化（如果是 `0` 或不传：先以 ADDED 事件的形式发送当前状态）。watch 只会在 `timeoutSeconds` 到期或客户端断开时结束。',
  'watch.event':
    '每个 **watch 事件**作为单独的一帧发出：`{"type": …, "object": …}`，其中的对象采用 URL 中的版本。状态行（200）在任何事件产生之前就已发出，因此之后才发现的失败（例如 revision 已被压缩）只能以类型为 **ERROR** 的事件传达。',
  'storage.decode':
    '注册表从存储中读取对象：etcd 以**存储版本**（Pod 为 v1，Deployment 为 apps/v1）保存字节；读取时会解码这些字节，为缺失的字段**设置默认值**，并转换为**内部**版本。GET 请求从这里继续往下走；更新请求则在 `GuaranteedUpdate` 中以同样方式读取当前对象，并把它的 resourceVersion 与客户端发来的进行比较。',
  'handler.negotiate':
    '资源 handler 首先根据 `Accept` 请求头协商出**响应格式**（这里是 JSON）。如果服务器无法产生任何可接受的格式，就以 **406** 结束。',
  'handler.readBody':
    '读取请求体，最多 `--max-request-body-bytes`（3 MiB）；更大的请求体会被以 **413** 拒绝。',
  'scheme.decode':
    '字节被解码成一个**带版本的 Go 对象**（这里是 `v1.Pod`）：先由 `apiVersion` 和 `kind` 选定类型，再反序列化各个字段。未知字段会变成警告，在 `fieldValidation=Strict` 时则返回 400。',
  'scheme.default':
    '**默认值设置**在带版本的对象上补全客户端没有填写的字段：对 Pod 来说是 `restartPolicy`、`dnsPolicy`、`schedulerName`，以及每个容器的 `imagePullPolicy` 和 `terminationMessagePath`。',
  'scheme.convertToInternal':
    '设置好默认值的对象被转换为**内部版本**（`__internal`，例如 `core.Pod`）：无论客户端发来的是哪个版本，准入、注册表策略和校验都只针对这一种形式工作。',
  'admission.mutating':
    '**变更准入**：已启用的插件按固定顺序运行，每个插件都可以修改对象或拒绝请求。在真实集群中，ServiceAccount、Priority、DefaultTolerationSeconds 以及变更准入 Webhook 都在这里起作用；步骤详情会显示每个插件产生的 JSON patch。未启用任何插件的场景（大多数课程如此，以便对象保持注册表策略处理后的样子）会原样放行对象。',
  'registry.prepareForCreate':
    '通用 `Store` 已经设置了 `uid` 和 `creationTimestamp`。现在 `rest.BeforeCreate` 调用该资源的注册表策略：`PrepareForCreate` 清除客户端不允许设置的内容（例如 `status`），并设置由服务器掌管的字段，比如 `generation: 1`。',
  'registry.validate':
    '注册表策略的 `Validate` 先检查该类型自身的规则，再检查通用的 `metadata` 规则。任何错误都会让请求以 **422 Invalid** 结束，并在 `details.causes` 中列出每个有问题的字段。',
  'registry.canonicalize':
    '`Canonicalize` 把对象整理成规范形式；对大多数类型来说无事可做。现在的对象就是将要存储的对象，除非校验准入提出异议。',
  'admission.validating':
    '**校验准入**看到的是最终对象（一份副本），此时所有变更和注册表策略自身的校验都已完成；它只能接受或拒绝，不能修改：配额、Pod Security、校验准入 Webhook 和策略都在这里运行。未启用任何插件的场景在这一步接受一切。',
  'storage.encode':
    '存储层清除 `resourceVersion`（它从不被存储，由 etcd 的 revision 代替），并将对象编码为其**存储版本**：这里是 `v1` JSON，真实集群中则是 protobuf。',
  'etcd.txn':
    '一个 **etcd 事务**仅在键尚不存在时（`mod_revision == 0`）写入该键。etcd 的 revision 计数器加一，这个 revision 就成为对象的 `resourceVersion`。如果键已存在，响应会是 **409 AlreadyExists**。',
  'registry.storage':
    '存储层已返回：通用 `Store` 拿回写入后的对象，它由存储的字节解码而来，带有新的 `resourceVersion`。',
  'scheme.convertToExternal': '为了生成响应，内部对象被转换回请求 URL 中的版本（这里是 `v1`）。',
  'response.encode': '响应对象按协商好的媒体类型进行编码。',
  'response.write':
    '写出状态行、响应头（`Content-Type`，以及来自过滤器的 `Audit-Id` 和 `Cache-Control`）和响应体。',

  // exits
  'exit.200': '**200 OK**：响应经由各过滤器原路返回（审计过滤器记录 `ResponseComplete`）。',
  'exit.201':
    '**201 Created**：对象已写入 etcd，响应中携带的就是存储后的对象，包含 `uid`、`creationTimestamp` 和 `resourceVersion`。',
  'exit.202': '**202 Accepted**：请求已被接受，但其效果尚未完全生效。',
  'exit.400':
    '**400 Bad Request**：请求本身格式有误（请求体无法解码、命名空间或 `apiVersion` 不匹配、查询参数错误）。',
  'exit.401': '**401 Unauthorized**：没有任何认证器认得这些凭据。',
  'exit.403': '**403 Forbidden**：用户身份已知，但无权执行此操作。',
  'exit.404': '**404 Not Found**：对象不存在。返回的 Status 中会指明资源类型和名称。',
  'exit.405': '**405 Method Not Allowed**：路径存在，但不支持这个 HTTP 方法。',
  'exit.406': '**406 Not Acceptable**：服务器无法以 `Accept` 请求头允许的任何媒体类型作答。',
  'exit.409': '**409 Conflict**：对象已存在（创建时），或者更新所基于的 `resourceVersion` 已经过时。',
  'exit.410': '**410 Gone**：请求的 `resourceVersion` 比 etcd 仍保留的历史更旧（已被压缩）。',
  'exit.413': '**413 Request Entity Too Large**：请求体超过了 `--max-request-body-bytes`。',
  'exit.415': '**415 Unsupported Media Type**：请求体的 `Content-Type` 无法解码（或者 patch 类型未知）。',
  'exit.422':
    '**422 Unprocessable Entity**（reason 为 `Invalid`）：校验失败，`details.causes` 列出了每个有问题的字段。',
  'exit.429':
    '**429 Too Many Requests**：所有 in-flight 席位都已被占用；客户端应在 `Retry-After` 指定的延迟之后重试。',
  'exit.500': '**500 Internal Server Error**：发生了并非客户端责任的失败。',
  'exit.503': '**503 Service Unavailable**：服务器（或其背后的聚合 API）目前无法处理该请求；请稍后重试。',
  'exit.504': '**504 Gateway Timeout**：请求未能在截止时间之前完成。',

  // startup
  'startup.createServerChain':
    '`CreateServerChain` **由内向外**构建三个服务器：先是 apiextensions-apiserver（它委托给一个普通的 not-found handler），然后是 kube-apiserver（委托给 apiextensions），最后是 kube-aggregator（委托给 kube-apiserver）。请求则沿相反方向流转。',
  'startup.genericServer':
    '构建一个 **GenericAPIServer**：包括它的处理链（各个过滤器）、它的 director，以及一个非 restful 的 mux，这个 mux 的 not-found handler 就是**下一个服务器的 director**——委托正是这样实现的。被委托服务器的 post-start hook 也会成为这个服务器的 hook。',
  'startup.newLegacyRESTStorage':
    '创建核心组的存储：**每个路径一个 rest.Storage**——`pods`、`pods/status`、`namespaces`、`configmaps`……这个映射（即 `restStorageMap`）就是安装器所需的全部信息：一个路径恰好获得其存储所能提供的那些路由。',
  'startup.apiGroupInfo':
    '一个 **APIGroupInfo** 按优先级顺序收集某个 API 组在每个提供的版本下的存储：第一个版本是首选版本，也是对象的存储版本。',
  'startup.installLegacyAPIGroup':
    '核心组被安装在 **/api** 下（而不是 /apis）：它的资源成为 `/api/v1` 下的路由，`GET /api` 列出它的各个版本。',
  'startup.installAPIGroups':
    '具名 API 组被安装在 **/apis/<group>/<version>** 下，每个组都会获得一个 `GET /apis/<group>` 文档，并在 `GET /apis` 中占有一席。',
  'startup.apiInstaller':
    '`APIInstaller.Install` 为该组版本创建一个 go-restful **WebService**，并按排序后的顺序把每个存储路径注册进去。',
  'startup.registerResourceHandlers':
    '对于一个路径，安装器检查它的存储实现了哪些小接口——`Getter`、`Lister`、`Creater`、`Updater`、`Patcher`、`GracefulDeleter`、`CollectionDeleter`、`Watcher`——并**只添加这些接口所允许的路由**。详情中会显示这个路径的接口、动词和路由。',
  'startup.discovery':
    '每个路径的动词汇总成该组版本的**发现文档**（`APIResourceList`），在其根路径下提供：这正是 `kubectl api-resources` 读取的内容。',
  'startup.postStartHook':
    '服务器构建完成后，**post-start hook** 开始运行：这里的 hook 会创建系统命名空间、`default` 命名空间和 `kubernetes` Service，以及聚合器的本地 APIService——和任何客户端一样，通过服务器自己的正门完成。',
  'startup.ready': '所有 hook 都已完成：**/readyz** 检查通过，服务器开始接收请求。',

  // registry.storage per HTTP method
  'registry.storage (GET)':
    '通用 `Store` 从存储中读取了该键；存储的字节经过解码、默认值设置，并转换为内部版本。',
  'registry.storage (PUT)':
    '通用 `Store` 执行了一次“读取-修改-写入”（`GuaranteedUpdate`）：比较 `resourceVersion`，运行更新注册表策略和校验准入，然后仅在该键期间未被改动的情况下写入。',
  'registry.storage (DELETE)':
    '通用 `Store` 要么删除了该键，要么（对于优雅删除或尚有未完成的 finalizer 的情况）只设置了 `deletionTimestamp`。',
  'registry.storage (PATCH)':
    '通用 `Store` 执行了一次“读取-修改-写入”（`GuaranteedUpdate`）：比较 `resourceVersion`，运行更新注册表策略和校验准入，然后仅在该键期间未被改动的情况下写入。',
};
