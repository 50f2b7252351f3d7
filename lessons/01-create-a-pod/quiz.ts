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
    },
    choices: [
      { en: '`scheme.default`, to `IfNotPresent`' },
      { en: '`scheme.default`, to `Always`' },
      { en: '`admission.mutating`, to `IfNotPresent`' },
      { en: '`registry.prepareForCreate`, to `Always`' },
    ],
    answer: 0,
    explanation: {
      en: 'Defaulting runs while the body is decoded, on the `v1.Pod`: `SetDefaults_Container` picks `Always` only for the tag `latest` (or no tag). `nginx:1.27` gets `IfNotPresent`.',
    },
  },
  {
    id: 'resource-version',
    request: 0,
    step: 'etcd.txn',
    prompt: {
      en: `etcd's revision is ${RV_STARTUP} right now: starting up, the server wrote the system namespaces, the \`kubernetes\` Service and its APIServices. What \`resourceVersion\` will the new Pod get?`,
    },
    choices: [
      { en: '`1`: it is the first version of this Pod' },
      { en: `\`${RV_STARTUP}\`: the current revision` },
      { en: `\`${RV_CREATED}\`: the revision of the transaction that writes it` },
      { en: 'A fresh UUID, like `metadata.uid`' },
    ],
    answer: 2,
    explanation: {
      en: `A \`resourceVersion\` is the key's \`mod_revision\`, and etcd has one revision counter for all keys. The transaction that writes the Pod moves it from ${RV_STARTUP} to ${RV_CREATED}. (The key's own \`version\` is 1; clients never see that.)`,
    },
  },
  {
    id: 'dry-run-skips',
    request: 1,
    step: 'admission.validating',
    prompt: { en: 'This request carries `?dryRun=All`. Which of the steps still ahead will it skip?' },
    choices: [
      { en: '`admission.validating`: nothing will be stored, so there is nothing to validate' },
      { en: '`storage.encode`: nothing will be written, so nothing is encoded' },
      { en: '`etcd.txn`: the only step that writes' },
      { en: 'None: it writes the Pod, then deletes it again' },
    ],
    answer: 2,
    explanation: {
      en: 'A dry run runs every check, validating admission included, and even encodes the Pod with the storage codec (`DryRunnableStorage.copyInto`). Only the etcd transaction is skipped: the keyspace and the revision stay as they were.',
    },
  },
  {
    id: 'where-invalid-fails',
    request: 2,
    step: 'scheme.decode',
    prompt: { en: 'This Pod has a container without an `image`. Where will the request fail?' },
    choices: [
      { en: 'Decoding: 400 Bad Request' },
      { en: "The strategy's `Validate`, inside `BeforeCreate`: 422 Invalid" },
      { en: 'Validating admission: 403 Forbidden' },
      { en: 'The etcd transaction: 500 Internal Server Error' },
    ],
    answer: 1,
    explanation: {
      en: 'The JSON is well-formed, so decoding succeeds; a missing image is a rule of the Pod type, checked by `ValidatePodCreate` from `podStrategy.Validate`. The answer is a 422 whose `details.causes` names `spec.containers[0].image`.',
    },
  },
];
