// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'serving-info-when',
    request: 2,
    step: 'crd.servingInfo',
    prompt: {
      en: 'The CRD was created two requests ago, and this is the first request for a Student. Where do the handlers that will serve it come from?',
    },
    choices: [
      {
        en: '`crdHandler` builds them now, from the CRD (schema, validator, columns, a generic Store, a RequestScope), and caches them by the CRD’s UID',
      },
      { en: 'The CRD create installed go-restful routes for `/apis/duyanghao.example.com/v1`' },
      { en: 'kube-apiserver generated Go types for Student when the CRD became Established' },
      { en: 'Every request builds them again from the CRD' },
    ],
    answer: 0,
    explanation: {
      en: 'Nothing is installed for a CRD, neither at start-up nor when it is created: `crdHandler.ServeHTTP` looks the CRD up on every request, and `getOrCreateServingInfoFor` builds the per-version storage, codecs and scopes on the first one (the details say `built: true`). The next request finds them in the map (`built: false`); a change to the CRD’s spec or accepted names drops them.',
    },
  },
  {
    id: 'unknown-field',
    request: 2,
    step: 'scheme.decode',
    prompt: {
      en: '`ada` has `spec.hobby: engines`, which the schema does not declare, and the request sets no `fieldValidation`. What happens?',
    },
    choices: [
      {
        en: '201; `spec.hobby` is pruned and the response carries `Warning: 299 - "unknown field \\"spec.hobby\\""`',
      },
      { en: '400 BadRequest: `strict decoding error: unknown field "spec.hobby"`' },
      { en: '201, and `spec.hobby` is stored: a custom resource is a free-form map' },
      { en: '422 Invalid: `spec.hobby: Forbidden: field not declared in the schema`' },
    ],
    answer: 0,
    explanation: {
      en: 'The schema-coercing decoder prunes every field the structural schema does not declare and reports it as an unknown field. `fieldValidation` defaults to `Warn`, so the request goes on with a warning; `Strict` would make it a 400, `Ignore` would drop it silently. Only `x-kubernetes-preserve-unknown-fields: true` keeps unknown fields.',
    },
  },
  {
    id: 'three-errors',
    request: 3,
    step: 'registry.validate',
    prompt: {
      en: '`bob` has no `spec.name` (required), `grade: 13` (maximum 12) and `track: sports` (enum science, arts). What does the client get?',
    },
    choices: [
      { en: '422 Invalid listing all three fields in `details.causes`' },
      { en: '422 Invalid naming only the first error the validator met' },
      { en: '400 BadRequest: the body does not match the schema' },
      { en: '201: `spec.name` is defaulted, and the two bad values are pruned' },
    ],
    answer: 0,
    explanation: {
      en: 'kube-openapi checks the whole object and returns every failure; `kubeOpenAPIResultToFieldErrors` turns them into field errors by their code: `Required value` for `required`, `Unsupported value` for `enum`, and kube-openapi’s own message (`should be less than or equal to 12`) for `maximum`. The strategy returns the list and `rest.BeforeCreate` makes it one 422. Pruning removes unknown fields only, never bad values.',
    },
  },
  {
    id: 'status-patch',
    request: 4,
    step: 'admission.validating',
    prompt: {
      en: 'The merge patch to `/students/ada/status` sets `spec.grade: 11` and `status.phase: Enrolled`. What is stored?',
    },
    choices: [
      { en: '`status.phase: Enrolled`; `spec.grade` stays 10 and `generation` stays 1' },
      { en: 'Both changes, and `generation` becomes 2' },
      { en: 'Nothing: 422, a status patch may not contain `spec`' },
      { en: '`spec.grade: 11` only: `status` is written by controllers, not clients' },
    ],
    answer: 0,
    explanation: {
      en: 'The status strategy’s `PrepareForUpdate` copies the stored object over the new one and keeps only the request’s `status`; the `spec` change is dropped without an error. Mutating admission still saw `grade: 11`; by validating admission it is 10 again. No change outside metadata and status, so no generation bump.',
    },
  },
  {
    id: 'table-columns',
    request: 5,
    step: 'response.encode',
    prompt: {
      en: 'The CRD declares the printer columns School, Grade, Phase and Age. Which columns does the Table have?',
    },
    choices: [
      { en: 'Name, School, Grade, Phase, Age' },
      { en: 'School, Grade, Phase, Age' },
      { en: 'Name, School, Grade, Phase, Age, and another Age added by the server' },
      { en: 'Name and Age: printer columns are only a kubectl feature' },
    ],
    answer: 0,
    explanation: {
      en: 'The Table convertor always starts with `Name`, then one column per `additionalPrinterColumns` entry, each cell read with its JSONPath. The server adds `Age` only to a CRD that declares no columns at all, so here `Age` is there because the CRD asks for it.',
    },
  },
  {
    id: 'unserved-version',
    request: 6,
    step: 'chain.apiextensions',
    prompt: {
      en: '`v1beta1` is listed in the CRD with `served: false`. What does `GET /apis/duyanghao.example.com/v1beta1/namespaces/default/students/ada` get?',
    },
    choices: [
      { en: 'A plain-text `404 page not found`' },
      { en: 'A JSON Status 404: `students.duyanghao.example.com "ada" not found`' },
      { en: '200 with `apiVersion: duyanghao.example.com/v1beta1`: the storage version is converted' },
      { en: '410 Gone: the version is deprecated' },
    ],
    answer: 0,
    explanation: {
      en: '`crdHandler` finds the CRD, but `HasServedCRDVersion` says no, so the request goes to its delegate, the not-found handler at the end of the chain: Go’s `http.NotFound`, plain text. An unserved version looks to the client like a group that does not exist; a JSON Status 404 would need a served version and a missing object.',
    },
  },
];
