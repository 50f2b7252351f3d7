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
    },
    choices: [
      { en: "200: B's object replaces A's, replicas back to 1 (the last write wins)" },
      { en: "200: the server merges B's image with A's replicas" },
      { en: '409 Conflict: nothing is written, B must start again from a fresh copy' },
      { en: `422 Invalid: resourceVersion ${RV_CREATED} no longer exists` },
    ],
    answer: 2,
    explanation: {
      en: `The registry's \`tryUpdate\` compares the resourceVersion in the body (${RV_CREATED}) with the stored one (${RV_AFTER_A}) and returns \`NewConflict\`: 409, reason \`Conflict\`, \`the object has been modified; please apply your changes to the latest version and try again\`. A PUT replaces the whole object, so letting it through would silently undo A's scaling. The server never merges.`,
    },
  },
  {
    id: 'retry-resource-version',
    request: 3,
    step: 'etcd.txn',
    prompt: {
      en: `B's retry carries resourceVersion ${RV_AFTER_A}, which matches. What resourceVersion will the Deployment have after this transaction?`,
    },
    choices: [
      { en: `\`${RV_AFTER_A}\`: the one B sent` },
      { en: `\`${RV_AFTER_B}\`: the revision of this transaction` },
      { en: '`3`: its generation' },
      { en: '`2`: the second update of this object' },
    ],
    answer: 1,
    explanation: {
      en: `etcd has one revision counter for every key. The compare-and-swap (IF \`mod_revision == ${RV_AFTER_A}\` THEN put) succeeds and commits as revision ${RV_AFTER_B}, which becomes the object's \`resourceVersion\`. The \`generation\` (3) counts spec changes; it is a different number.`,
    },
  },
  {
    id: 'no-op-update',
    request: 4,
    step: 'storage.encode',
    prompt: {
      en: `B sends exactly the Deployment it got back, \`resourceVersion: "${RV_AFTER_B}"\` included. What will the answer say, and what happens in etcd?`,
    },
    choices: [
      { en: `resourceVersion ${RV_DELETED}: every successful PUT is a new revision` },
      { en: `resourceVersion ${RV_AFTER_B} and no write: the encoded bytes equal the stored ones` },
      { en: '409 Conflict: the object did not change, so there is nothing to update' },
      { en: `resourceVersion ${RV_AFTER_B}, but the key is rewritten with the same value` },
    ],
    answer: 1,
    explanation: {
      en: `\`GuaranteedUpdate\` encodes the result of \`tryUpdate\` and compares it byte for byte with what it read. Equal means a no-op: no transaction, no new revision, no event for watchers; the stored object is returned as it is, with resourceVersion ${RV_AFTER_B}.`,
    },
  },
  {
    id: 'watch-replay',
    request: 6,
    step: 'handler.negotiate',
    prompt: {
      en: `This watch starts from resourceVersion ${RV_CREATED}, the revision that created the Deployment. Since then: A's update, B's 409, B's update, the no-op PUT and the delete. Which events will it deliver?`,
    },
    choices: [
      {
        en: `ADDED (${RV_CREATED}), MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})`,
      },
      { en: `MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})` },
      {
        en: `MODIFIED (${RV_AFTER_A}), MODIFIED (${RV_AFTER_B}), MODIFIED (${RV_AFTER_B}), DELETED (${RV_DELETED})`,
      },
      { en: 'None: the Deployment no longer exists' },
    ],
    answer: 1,
    explanation: {
      en: `A watch from N replays what etcd committed **after** N: revisions ${RV_AFTER_A}, ${RV_AFTER_B} and ${RV_DELETED}. Revision ${RV_CREATED} (the create) is not after ${RV_CREATED}. The 409 and the no-op PUT wrote nothing, so they left no revision and no event. The DELETED event carries the object as it last was.`,
    },
  },
  {
    id: 'compacted-watch',
    request: 7,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: `etcd has just been compacted at revision ${RV_DELETED}: it no longer knows what happened before. What does the same watch from resourceVersion ${RV_CREATED} get now?`,
    },
    choices: [
      { en: 'HTTP 410 Gone with a Status body' },
      { en: 'HTTP 200, then one ERROR event carrying a Status 410, reason Expired' },
      { en: 'HTTP 200 and the same three events as before' },
      { en: 'HTTP 200 and no events: it waits for new changes' },
    ],
    answer: 1,
    explanation: {
      en: "The watch is set up without error and streaming starts with 200. Only then does etcd's watch fail with `required revision has been compacted`, which `transformErrorToEvent` turns into an ERROR event: Status 410, reason `Expired`. A client (an informer) reacts by listing again and watching from the list's resourceVersion.",
    },
  },
];
