// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'filters-run-once',
    request: 0,
    step: 'filter.auditInit',
    prompt: {
      en: 'This GET will pass through the aggregator and kube-apiserver, and all three servers were built with the same filters. How many times will the request be authenticated and authorized?',
      zh: '这个 GET 请求会经过聚合器和 kube-apiserver，而且三个服务器构建时都带有相同的过滤器。这个请求会被认证和鉴权几次？',
    },
    choices: [
      { en: 'Three times: every server checks for itself', zh: '三次：每个服务器各自检查' },
      { en: "Once: only the aggregator's filters run", zh: '一次：只有聚合器的过滤器会执行' },
      {
        en: "Twice: the aggregator's filters and kube-apiserver's, which owns Pods",
        zh: '两次：聚合器的过滤器，以及负责 Pod 的 kube-apiserver 的过滤器',
      },
      { en: 'Never: reads are not authorized', zh: '零次：读请求不做鉴权' },
    ],
    answer: 1,
    explanation: {
      en: "Delegation calls the next server's `UnprotectedHandler()`, which is its director, not its filter chain. The filters of kube-apiserver and apiextensions exist but never run.",
      zh: '委托时调用的是下一个服务器的 `UnprotectedHandler()`，也就是它的 director，而不是它的过滤器链。kube-apiserver 和 apiextensions 的过滤器虽然存在，但从不执行。',
    },
  },
  {
    id: 'build-order',
    request: 0,
    step: 'chain.aggregator',
    prompt: {
      en: 'In which order did `CreateServerChain` build the three servers?',
      zh: '`CreateServerChain` 是按什么顺序构建这三个服务器的？',
    },
    choices: [
      {
        en: 'kube-aggregator, kube-apiserver, apiextensions-apiserver: the order requests meet them',
        zh: 'kube-aggregator、kube-apiserver、apiextensions-apiserver：与请求经过它们的顺序相同',
      },
      {
        en: 'apiextensions-apiserver, kube-apiserver, kube-aggregator: from the inside out',
        zh: 'apiextensions-apiserver、kube-apiserver、kube-aggregator：由内而外',
      },
      {
        en: 'kube-apiserver first, the core; then the two extensions',
        zh: '先构建核心的 kube-apiserver，再构建两个扩展',
      },
      { en: 'All three at once, side by side', zh: '三个同时并列构建' },
    ],
    answer: 1,
    explanation: {
      en: 'Each server is given its delegate when it is built (`New(delegationTarget)`), so the delegate must exist first: apiextensions, then kube-apiserver around it, then the aggregator around that. Requests meet them in the opposite order.',
      zh: '每个服务器在构建时就要传入它的委托对象（`New(delegationTarget)`），所以委托对象必须先存在：先是 apiextensions，然后是包在它外面的 kube-apiserver，最后是再包在外面的聚合器。请求经过它们的顺序正好相反。',
    },
  },
  {
    id: 'unknown-group',
    request: 1,
    step: 'chain.aggregator',
    prompt: {
      en: 'No server serves the group `nosuch.example.com`. What will the client get back?',
      zh: '没有任何服务器提供 `nosuch.example.com` 组。客户端会收到什么？',
    },
    choices: [
      { en: 'A JSON `Status`: 404, reason `NotFound`', zh: '一个 JSON `Status`：404，reason 为 `NotFound`' },
      { en: 'Plain text: `404 page not found`', zh: '纯文本：`404 page not found`' },
      {
        en: '503 Service Unavailable: the aggregator has no APIService for the group',
        zh: '503 Service Unavailable：聚合器没有该组的 APIService',
      },
      { en: '403 Forbidden: nobody may use an unknown group', zh: '403 Forbidden：任何人都不能使用未知的组' },
    ],
    answer: 1,
    explanation: {
      en: "The request falls through the aggregator, kube-apiserver and apiextensions to the not-found handler at the end of the chain, which calls Go's `http.NotFound`: plain text, `Content-Type: text/plain`.",
      zh: '请求依次穿过聚合器、kube-apiserver 和 apiextensions，落到链条末端的 not-found 处理函数，它调用 Go 的 `http.NotFound`：返回纯文本，`Content-Type: text/plain`。',
    },
  },
  {
    id: 'who-serves-apis',
    request: 2,
    step: 'chain.aggregator',
    prompt: {
      en: 'Which server answers `GET /apis`, the list of API groups?',
      zh: '哪个服务器应答 `GET /apis`，即 API 组列表？',
    },
    choices: [
      { en: 'kube-apiserver: it serves the built-in groups', zh: 'kube-apiserver：它提供内置的组' },
      {
        en: 'apiextensions-apiserver: it knows the CRD groups',
        zh: 'apiextensions-apiserver：它知道 CRD 的组',
      },
      {
        en: 'The kube-aggregator itself, from its APIService objects',
        zh: 'kube-aggregator 自己，根据它的 APIService 对象',
      },
      { en: 'Each server in turn, and the lists are merged', zh: '每个服务器依次应答，再把列表合并' },
    ],
    answer: 2,
    explanation: {
      en: 'The aggregator registered `/apis` on its own mux. Every served group, built-in or CRD, has an APIService, so the aggregator can list them all without asking the servers behind it.',
      zh: '聚合器在自己的 mux 上注册了 `/apis`。每个被提供的组，无论是内置的还是 CRD 的，都有一个 APIService，所以聚合器无需询问它后面的服务器，就能列出所有的组。',
    },
  },
];
