// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'decoded-type',
    request: 0,
    step: 'scheme.decode',
    prompt: {
      en: 'The body says `apiVersion: v1` and `kind: ConfigMap`. Which Go type does the decoder unmarshal it into?',
      zh: '请求体写着 `apiVersion: v1` 和 `kind: ConfigMap`。解码器会把它反序列化成哪个 Go 类型？',
    },
    choices: [
      {
        en: '`core.ConfigMap`: the handler works with internal types',
        zh: '`core.ConfigMap`：处理函数使用的是内部类型',
      },
      {
        en: '`v1.ConfigMap`: the type registered for v1, Kind=ConfigMap',
        zh: '`v1.ConfigMap`：为 v1, Kind=ConfigMap 注册的类型',
      },
      {
        en: '`map[string]interface{}`: the scheme only knows JSON',
        zh: '`map[string]interface{}`：Scheme 只认识 JSON',
      },
      { en: '`v1.Pod`: the scheme guesses from the URL', zh: '`v1.Pod`：Scheme 根据 URL 猜测' },
    ],
    answer: 1,
    explanation: {
      en: '`New(v1, Kind=ConfigMap)` returns an empty `*v1.ConfigMap` from `gvkToType`, and the JSON is unmarshalled into it. Only the next stages default it and convert it to the internal `core.ConfigMap`.',
      zh: '`New(v1, Kind=ConfigMap)` 根据 `gvkToType` 返回一个空的 `*v1.ConfigMap`，JSON 被反序列化到其中。之后的阶段才会为它设置默认值，并把它转换为内部的 `core.ConfigMap`。',
    },
  },
  {
    id: 'unknown-kind',
    request: 1,
    step: 'handler.readBody',
    prompt: {
      en: 'The same body with `kind: Foo` is POSTed to the ConfigMaps endpoint. What happens?',
      zh: '把同样的请求体改为 `kind: Foo`，POST 到 ConfigMaps 端点。会发生什么？',
    },
    choices: [
      {
        en: 'It is stored as a ConfigMap: the URL decides the kind',
        zh: '它被当作 ConfigMap 存储：kind 由 URL 决定',
      },
      { en: '404: no route for Foo', zh: '404：没有 Foo 的路由' },
      {
        en: '400: `no kind "Foo" is registered for version "v1"`, before any object exists',
        zh: '400：`no kind "Foo" is registered for version "v1"`，此时还没有任何对象',
      },
      { en: '422: validation rejects the kind', zh: '422：校验拒绝了这个 kind' },
    ],
    answer: 2,
    explanation: {
      en: 'The route is the ConfigMaps create handler, so there is no 404. The decoder reads `v1, Kind=Foo` from the body and asks the scheme for a new object; `New` has no Go type for it and returns the not-registered error, which the handler answers as 400 BadRequest.',
      zh: '路由指向的是 ConfigMaps 的 create 处理函数，因此不会有 404。解码器从请求体中读到 `v1, Kind=Foo`，向 Scheme 索要一个新对象；`New` 找不到对应的 Go 类型，返回 not-registered 错误，处理函数将其作为 400 BadRequest 应答。',
    },
  },
  {
    id: 'registered-not-served',
    request: 2,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: "apps/v1beta1's Deployment type, defaults and conversions are all in this server's scheme. What does a POST to `/apis/apps/v1beta1/namespaces/default/deployments` get?",
      zh: 'apps/v1beta1 的 Deployment 类型、默认值设置和转换函数都在这个服务器的 Scheme 中。向 `/apis/apps/v1beta1/namespaces/default/deployments` 发送 POST 会得到什么？',
    },
    choices: [
      {
        en: '201: the scheme can decode it, so the server accepts it',
        zh: '201：Scheme 能解码它，所以服务器接受它',
      },
      {
        en: '404: the version is registered but was never installed as routes',
        zh: '404：该版本已注册，但从未被安装为路由',
      },
      {
        en: '400: no kind "Deployment" is registered for version "apps/v1beta1"',
        zh: '400：报错 no kind "Deployment" is registered for version "apps/v1beta1"',
      },
      { en: '201, with a deprecation warning', zh: '201，并附带一条弃用警告' },
    ],
    answer: 1,
    explanation: {
      en: 'Routes come from the groups installed at start-up, not from the scheme. This server installed apps/v1 only, so go-restful has no route for the path and answers 404 NotFound before reading the body. A server started with `--runtime-config=apps/v1beta1=true` (lesson 3) would accept it.',
      zh: '路由来自启动时安装的 API 组，而不是来自 Scheme。这个服务器只安装了 apps/v1，因此 go-restful 没有这个路径的路由，在读取请求体之前就以 404 NotFound 应答。以 `--runtime-config=apps/v1beta1=true` 启动的服务器（第 3 课）则会接受它。',
    },
  },
];
