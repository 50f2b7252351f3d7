// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'who-fills-the-selector',
    request: 0,
    step: 'scheme.decode',
    prompt: {
      en: 'The apps/v1beta1 manifest has no `spec.selector`, which apps/v1 would reject. Where will the created Deployment get one from?',
    },
    choices: [
      { en: 'Nowhere: the request fails validation with 422' },
      { en: "apps/v1beta1's defaulting copies the template's labels into the selector" },
      { en: 'The conversion to the internal version invents one' },
      { en: 'The Deployment strategy sets it in `PrepareForCreate`' },
    ],
    answer: 1,
    explanation: {
      en: "`SetDefaults_Deployment` of apps/v1beta1 runs on the decoded `v1beta1.Deployment`, before any conversion: a missing selector becomes `matchLabels` of the template's labels (and the Deployment's empty labels become the same). The conversion only copies fields; by the time it runs, the selector exists.",
    },
  },
  {
    id: 'stored-version',
    request: 0,
    step: 'storage.encode',
    prompt: {
      en: 'The client wrote apps/v1beta1 and will get apps/v1beta1 back. Which `apiVersion` do the bytes written to etcd carry?',
    },
    choices: [
      { en: '`apps/v1beta1`: the version the client sent' },
      { en: '`apps/__internal`: the version the server works in' },
      { en: "`apps/v1`: the group's storage version" },
      { en: 'None: etcd stores the object without `apiVersion` and `kind`' },
    ],
    answer: 2,
    explanation: {
      en: "The storage codec encodes every Deployment to the storage version that `StorageEncodingFor` chose at start-up: the group's first prioritized version, apps/v1 (`SetVersionPriority(v1, v1beta2, v1beta1)`). The internal version is never written anywhere; it has no serialized form of its own.",
    },
  },
  {
    id: 'revision-history-limit-v1',
    request: 1,
    step: 'registry.storage',
    prompt: {
      en: 'apps/v1 defaults `revisionHistoryLimit` to 10, and reading from etcd runs the apps/v1 defaults. What will this GET as apps/v1 show?',
    },
    choices: [
      { en: '`10`: the apps/v1 default applies when read as apps/v1' },
      { en: '`2`: the value stored when apps/v1beta1 defaulted it' },
      { en: 'Nothing: apps/v1 responses omit defaulted fields' },
      { en: '`2` as apps/v1, `10` only after the next update' },
    ],
    answer: 1,
    explanation: {
      en: 'Defaults fill only missing fields. The create defaulted `revisionHistoryLimit: 2` (apps/v1beta1) and that 2 was written to etcd; when the apps/v1 bytes are decoded and defaulted, the field is already there, so `SetDefaults_Deployment` of apps/v1 leaves it alone. A Deployment created as apps/v1 would have had 10.',
    },
  },
  {
    id: 'kubectl-convert',
    request: 2,
    step: 'scheme.convertToExternal',
    prompt: {
      en: '`kubectl convert -f web-v1beta1.yaml --output-version apps/v1` (the kubectl-convert plugin) turns the same manifest into apps/v1 without a server. How?',
    },
    choices: [
      { en: 'It rewrites `apiVersion` and leaves the rest as it is' },
      { en: 'It sends the manifest to the API server with `dryRun=All` and prints the answer' },
      {
        en: "It decodes with the same scheme (defaults included) into the internal type, then `ConvertToVersion(obj, apps/v1)`: the server's conversions, run locally",
      },
      { en: 'It applies a JSON patch that maps v1beta1 field names to v1 ones' },
    ],
    answer: 2,
    explanation: {
      en: "kubectl-convert links kube-apiserver's internal API packages: its builder decodes the file into the internal type (applying the v1beta1 defaults, so the output has a selector and `revisionHistoryLimit: 2`), and `tryConvert` calls `ConvertToVersion` with the output version. That dependency on internal types is why it left kubectl for a plugin.",
    },
  },
];
