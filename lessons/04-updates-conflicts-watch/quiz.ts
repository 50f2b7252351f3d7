// Predict, then step and see.
import type { Question } from '../types';
import { RV_AFTER_A, RV_AFTER_B, RV_CREATED, RV_DELETED } from './scenario';

export const quiz: Question[] = [
  {
    id: 'stale-update',
    request: 1,
    step: 'admission.mutating',
    prompt: {
      en: `Client B read the Deployment at resourceVersion ${RV_CREATED} and now sends its change with \`resourceVersion: "${RV_CREATED}"\`. Client A's update has meanwhile made it resourceVersion ${RV_AFTER_A}. What happens to B's PUT?`,
      zh: `客户端 B 在 resourceVersion ${RV_CREATED} 时读取了这个 Deployment，现在带着 \`resourceVersion: "${RV_CREATED}"\` 发送它的修改。与此同时，客户端 A 的更新已经把它变成了 resourceVersion ${RV_AFTER_A}。B 的 PUT 会怎样？`,
    },
    choices: [
      {
        en: "200: B's object replaces A's, replicas back to 1 (the last write wins)",
        zh: '200：B 的对象替换掉 A 的，副本数回到 1（最后一次写入获胜）',
      },
      {
        en: "200: the server merges B's image with A's replicas",
        zh: '200：服务器把 B 的镜像和 A 的副本数合并起来',
      },
      {
        en: '409 Conflict: nothing is written, B must start again from a fresh copy',
        zh: '409 Conflict：什么都不会写入，B 必须从一份新拷贝重新开始',
      },
      {
        en: `422 Invalid: resourceVersion ${RV_CREATED} no longer exists`,
        zh: `422 Invalid：resourceVersion ${RV_CREATED} 已经不存在了`,
      },
    ],
    answer: 2,
    explanation: {
      en: `The registry's \`tryUpdate\` compares the resourceVersion in the body (${RV_CREATED}) with the stored one (${RV_AFTER_A}) and returns \`NewConflict\`: 409, reason \`Conflict\`, \`the object has been modified; please apply your changes to the latest version and try again\`. A PUT replaces the whole object, so letting it through would silently undo A's scaling. The server never merges.`,
      zh: `注册表的 \`tryUpdate\` 把请求体中的 resourceVersion（${RV_CREATED}）与存储中的（${RV_AFTER_A}）进行比较，并返回 \`NewConflict\`：409，reason 为 \`Conflict\`，消息为 \`the object has been modified; please apply your changes to the latest version and try again\`。PUT 会替换整个对象，如果放它通过，就会悄无声息地抹掉 A 的扩容。服务器从不做合并。`,
    },
  },
  {
    id: 'retry-resource-version',
    request: 3,
    step: 'etcd.txn',
    prompt: {
      en: `B's retry carries resourceVersion ${RV_AFTER_A}, which matches. What resourceVersion will the Deployment have after this transaction?`,
      zh: `B 的重试带着 resourceVersion ${RV_AFTER_A}，与存储中的一致。这个事务之后，Deployment 的 resourceVersion 会是多少？`,
    },
    choices: [
      { en: `\`${RV_AFTER_A}\`: the one B sent`, zh: `\`${RV_AFTER_A}\`：B 发送的那个` },
      {
        en: `\`${RV_AFTER_B}\`: the revision of this transaction`,
        zh: `\`${RV_AFTER_B}\`：这个事务的修订版本`,
      },
      { en: '`3`: its generation', zh: '`3`：它的 generation' },
      { en: '`2`: the second update of this object', zh: '`2`：这是该对象的第二次更新' },
    ],
    answer: 1,
    explanation: {
      en: `etcd has one revision counter for every key. The compare-and-swap (IF \`mod_revision == ${RV_AFTER_A}\` THEN put) succeeds and commits as revision ${RV_AFTER_B}, which becomes the object's \`resourceVersion\`. The \`generation\` (3) counts spec changes; it is a different number.`,
      zh: `etcd 只有一个修订版本计数器，所有键共用。比较并交换（如果 \`mod_revision == ${RV_AFTER_A}\` 就写入）成功，并以修订版本 ${RV_AFTER_B} 提交，这个数字就成为对象的 \`resourceVersion\`。\`generation\`（3）统计的是 spec 的变更次数，是另一个数字。`,
    },
  },
  {
    id: 'no-op-update',
    request: 4,
    step: 'storage.encode',
    prompt: {
      en: `B sends exactly the Deployment it got back, \`resourceVersion: "${RV_AFTER_B}"\` included. What will the answer say, and what happens in etcd?`,
      zh: `B 原样发回它拿到的 Deployment，连 \`resourceVersion: "${RV_AFTER_B}"\` 也一样。响应会是什么？etcd 中又会发生什么？`,
    },
    choices: [
      {
        en: `resourceVersion ${RV_DELETED}: every successful PUT is a new revision`,
        zh: `resourceVersion ${RV_DELETED}：每次成功的 PUT 都会产生一个新的修订版本`,
      },
      {
        en: `resourceVersion ${RV_AFTER_B} and no write: the encoded bytes equal the stored ones`,
        zh: `resourceVersion ${RV_AFTER_B}，并且不写入：编码后的字节与存储中的完全相同`,
      },
      {
        en: '409 Conflict: the object did not change, so there is nothing to update',
        zh: '409 Conflict：对象没有变化，所以没有可更新的内容',
      },
      {
        en: `resourceVersion ${RV_AFTER_B}, but the key is rewritten with the same value`,
        zh: `resourceVersion ${RV_AFTER_B}，但该键会用相同的值重写一遍`,
      },
    ],
    answer: 1,
    explanation: {
      en: `\`GuaranteedUpdate\` encodes the result of \`tryUpdate\` and compares it byte for byte with what it read. Equal means a no-op: no transaction, no new revision, no event for watchers; the stored object is returned as it is, with resourceVersion ${RV_AFTER_B}.`,
      zh: `\`GuaranteedUpdate\` 把 \`tryUpdate\` 的结果编码，并与读到的内容逐字节比较。相同就意味着空操作：没有事务，没有新的修订版本，也没有给监视者的事件；存储中的对象被原样返回，resourceVersion 仍为 ${RV_AFTER_B}。`,
    },
  },
  {
    id: 'watch-replay',
    request: 6,
    step: 'handler.negotiate',
    prompt: {
      en: `This watch starts from resourceVersion ${RV_CREATED}, the revision that created the Deployment. Since then: A's update, B's 409, B's update, the no-op PUT and the delete. Which events will it deliver?`,
      zh: `这个监视从 resourceVersion ${RV_CREATED} 开始，也就是创建该 Deployment 的那个修订版本。此后依次发生了：A 的更新、B 的 409、B 的更新、空操作 PUT 以及删除。它会推送哪些事件？`,
    },
    choices: [
      {
        en: `ADDED (${RV_CREATED}), MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})`,
        zh: `依次推送 ADDED（${RV_CREATED}）、MODIFIED（${RV_AFTER_A}）、MODIFIED（${RV_AFTER_B}）、DELETED（${RV_DELETED}）`,
      },
      {
        en: `MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})`,
        zh: `依次推送 MODIFIED（${RV_AFTER_A}）、MODIFIED（${RV_AFTER_B}）、DELETED（${RV_DELETED}）`,
      },
      {
        en: `MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})`,
        zh: `依次推送 MODIFIED（${RV_AFTER_A}）、MODIFIED（${RV_AFTER_B}）、MODIFIED（${RV_AFTER_B}）、DELETED（${RV_DELETED}）`,
      },
      { en: 'None: the Deployment no longer exists', zh: '没有事件：该 Deployment 已经不存在了' },
    ],
    answer: 1,
    explanation: {
      en: `A watch from N replays what etcd committed **after** N: revisions ${RV_AFTER_A}, ${RV_AFTER_B} and ${RV_DELETED}. Revision ${RV_CREATED} (the create) is not after ${RV_CREATED}. The 409 and the no-op PUT wrote nothing, so they left no revision and no event. The DELETED event carries the object as it last was.`,
      zh: `从 N 开始的监视会回放 etcd 在 N **之后**提交的内容：修订版本 ${RV_AFTER_A}、${RV_AFTER_B} 和 ${RV_DELETED}。修订版本 ${RV_CREATED}（创建）并不在 ${RV_CREATED} 之后。409 和空操作 PUT 什么都没写，所以既没有留下修订版本，也没有产生事件。DELETED 事件携带的是对象最后的样子。`,
    },
  },
  {
    id: 'compacted-watch',
    request: 7,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: `etcd has just been compacted at revision ${RV_DELETED}: it no longer knows what happened before. What does the same watch from resourceVersion ${RV_CREATED} get now?`,
      zh: `etcd 刚刚在修订版本 ${RV_DELETED} 处进行了压缩：它已经不知道之前发生过什么了。同样一个从 resourceVersion ${RV_CREATED} 开始的监视，现在会得到什么？`,
    },
    choices: [
      { en: 'HTTP 410 Gone with a Status body', zh: 'HTTP 410 Gone，响应体是一个 Status' },
      {
        en: 'HTTP 200, then one ERROR event carrying a Status 410, reason Expired',
        zh: 'HTTP 200，随后是一个 ERROR 事件，携带 Status 410，reason 为 Expired',
      },
      { en: 'HTTP 200 and the same three events as before', zh: 'HTTP 200，以及与之前相同的三个事件' },
      { en: 'HTTP 200 and no events: it waits for new changes', zh: 'HTTP 200，没有事件：它在等待新的变更' },
    ],
    answer: 1,
    explanation: {
      en: "The watch is set up without error and streaming starts with 200. Only then does etcd's watch fail with `required revision has been compacted`, which `transformErrorToEvent` turns into an ERROR event: Status 410, reason `Expired`. A client (an informer) reacts by listing again and watching from the list's resourceVersion.",
      zh: '监视顺利建立，事件流以 200 开始。直到这时，etcd 的 watch 才以 `required revision has been compacted` 失败，`transformErrorToEvent` 把它转换为一个 ERROR 事件：Status 410，reason 为 `Expired`。客户端（informer）的应对是重新 list，再从 list 返回的 resourceVersion 开始监视。',
    },
  },
];
