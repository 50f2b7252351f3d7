// A corpus of hostile requests: malformed, truncated, oversized, deeply nested, prototype-polluting, mistyped,
// wrongly labelled. Each gets the exact Status kube-apiserver sends, leaves etcd as it was, and pollutes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestServer, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
  await t.post(cms, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ex' }, data: { a: '1' } });
});

const cms = '/api/v1/namespaces/default/configmaps';
const pods = '/api/v1/namespaces/default/pods';

interface Case {
  name: string;
  method: string;
  path: string;
  body?: string;
  contentType?: string;
  status: number;
  reason?: string;
  /** the exact message, or a pattern for messages that end in a dump of the body */
  message: string | RegExp;
}

const cm = (metadata: string, rest = '') =>
  `{"apiVersion":"v1","kind":"ConfigMap","metadata":${metadata}${rest}}`;
const validCM = cm('{"name":"x"}', ',"data":{"a":"1"}');

// Decoding failures before the kind is known: Go's scanner error, then the body (text or hex, cut at 30 bytes).
const unrecognized = (goError: string) =>
  new RegExp(
    `^the object provided is unrecognized \\(must be of type ConfigMap\\): couldn't get version/kind; json parse error: ${goError.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.*\\)$`,
    's',
  );
const bad = (name: string, body: string, message: string | RegExp, path = cms): Case => ({
  name,
  method: 'POST',
  path,
  body,
  status: 400,
  reason: 'BadRequest',
  message,
});

const syntaxErrors: Case[] = [
  // Go's scanner reports the first byte of a non-ASCII character as a rune: EF of a byte order mark is 'ï'
  ['a UTF-8 byte order mark', `\uFEFF${validCM}`, "invalid character 'ï' looking for beginning of value"],
  [
    'a non-ASCII character where a value belongs',
    cm('{"name":é}'),
    "invalid character 'Ã' looking for beginning of value",
  ],
  [
    'a trailing comma in an object',
    cm('{"name":"x"}', ',"data":{"a":"1",}'),
    "invalid character '}' looking for beginning of object key string",
  ],
  [
    'a missing comma',
    '{"apiVersion":"v1" "kind":"ConfigMap"}',
    `invalid character '"' after object key:value pair`,
  ],
  [
    'single quotes',
    "{'apiVersion':'v1'}",
    "invalid character '\\'' looking for beginning of object key string",
  ],
  ['a bad escape', cm('{"name":"x"}', ',"data":{"a":"\\x"}'), "invalid character 'x' in string escape code"],
  [
    'a misspelt literal',
    cm('{"name":"x"}', ',"data":{"a":tru}'),
    "invalid character '}' in literal true (expecting 'e')",
  ],
  [
    'a leading zero',
    cm('{"name":"x"}', ',"data":{"a":01}'),
    "invalid character '1' after object key:value pair",
  ],
  ['NaN', cm('{"name":"x"}', ',"data":{"a":NaN}'), "invalid character 'N' looking for beginning of value"],
  [
    'Infinity',
    cm('{"name":"x"}', ',"data":{"a":Infinity}'),
    "invalid character 'I' looking for beginning of value",
  ],
  ['garbage after the object', `${validCM}garbage`, "invalid character 'g' after top-level value"],
  ['two objects', `${validCM} {}`, "invalid character '{' after top-level value"],
  [
    'YAML sent as JSON',
    'apiVersion: v1\nkind: ConfigMap',
    "invalid character 'a' looking for beginning of value",
  ],
  ['a comment', `// hi\n${validCM}`, "invalid character '/' looking for beginning of value"],
  ['only whitespace', '   ', 'unexpected end of JSON input'],
  ['an unterminated string', '{"apiVersion":"v1', 'unexpected end of JSON input'],
  ['a lone brace', '{', 'unexpected end of JSON input'],
  ['a closing brace', '}', "invalid character '}' looking for beginning of value"],
  ['a colon for a value', '{"a"::1}', "invalid character ':' looking for beginning of value"],
  ['a key without a colon', '{"a" 1}', "invalid character '1' after object key"],
  [
    'an unquoted key',
    '{apiVersion:"v1"}',
    "invalid character 'a' looking for beginning of object key string",
  ],
  ['a tab inside a string', '{"a":"\t"}', "invalid character '\\t' in string literal"],
  ['a newline inside a string', '{"a":"\n"}', "invalid character '\\n' in string literal"],
  ['a plus sign before a number', '{"a":+1}', "invalid character '+' looking for beginning of value"],
  ['a dangling exponent', '{"a":1e}', "invalid character '}' in exponent of numeric literal"],
  ['a dangling decimal point', '{"a":1.}', "invalid character '}' after decimal point in numeric literal"],
  ['a minus alone', '{"a":-}', "invalid character '}' in numeric literal"],
].map(([n, body, goError]) => bad(n!, body!, unrecognized(goError!)));

// The top level must be an object: Go cannot fill its TypeMeta from anything else.
const notObjects: Case[] = (
  [
    ['an array', '[1,2]', 'array'],
    ['a string', '"str"', 'string'],
    ['a number', '123', 'number'],
    ['true', 'true', 'bool'],
  ] as const
).map(([n, body, kind]) =>
  bad(
    `a top-level ${n}`,
    body,
    unrecognized(
      `json: cannot unmarshal ${kind} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`,
    ),
  ),
);

// Every proper prefix of a valid body ends early.
const truncated: Case[] = Array.from({ length: validCM.length - 1 }, (_, i) =>
  bad(
    `truncated after ${i + 1} bytes`,
    validCM.slice(0, i + 1),
    unrecognized('unexpected end of JSON input'),
  ),
);

const handled = (kind: string, goError: string) =>
  `${kind} in version "v1" cannot be handled as a ${kind}: json: ${goError}`;
const podWith = (spec: string) =>
  `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"c","image":"i"}]${spec}}}`;
const typeErrors: Case[] = [
  [
    'a string for an int64',
    pods,
    podWith(',"activeDeadlineSeconds":"NaN"'),
    handled(
      'Pod',
      'cannot unmarshal string into Go struct field PodSpec.spec.activeDeadlineSeconds of type int64',
    ),
  ],
  [
    'a fraction for an int64',
    pods,
    podWith(',"activeDeadlineSeconds":1.5'),
    handled(
      'Pod',
      'cannot unmarshal number 1.5 into Go struct field PodSpec.spec.activeDeadlineSeconds of type int64',
    ),
  ],
  [
    'an int32 overflow',
    pods,
    podWith(',"priority":3000000000'),
    handled(
      'Pod',
      'cannot unmarshal number 3000000000 into Go struct field PodSpec.spec.priority of type int32',
    ),
  ],
  [
    'a bool for an int32',
    pods,
    podWith(',"priority":true'),
    handled('Pod', 'cannot unmarshal bool into Go struct field PodSpec.spec.priority of type int32'),
  ],
  [
    'an object for a string',
    pods,
    podWith(',"restartPolicy":{}'),
    handled(
      'Pod',
      'cannot unmarshal object into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy',
    ),
  ],
  [
    'a string for a list',
    pods,
    '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":"nginx"}}',
    handled(
      'Pod',
      'cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
    ),
  ],
  [
    'a number for a data value',
    cms,
    cm('{"name":"x"}', ',"data":{"a":1}'),
    handled('ConfigMap', 'cannot unmarshal number into Go struct field ConfigMap.data of type string'),
  ],
  [
    'a string for data',
    cms,
    cm('{"name":"x"}', ',"data":"abc"'),
    handled(
      'ConfigMap',
      'cannot unmarshal string into Go struct field ConfigMap.data of type map[string]string',
    ),
  ],
  [
    'an array for metadata',
    cms,
    cm('[]'),
    handled(
      'ConfigMap',
      'cannot unmarshal array into Go struct field ConfigMap.metadata of type v1.ObjectMeta',
    ),
  ],
  [
    'a number for a name',
    cms,
    cm('{"name":5}'),
    handled(
      'ConfigMap',
      'cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string',
    ),
  ],
  [
    'a list for labels',
    cms,
    cm('{"name":"x","labels":["a"]}'),
    handled(
      'ConfigMap',
      'cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string',
    ),
  ],
  [
    'a number for a label value',
    cms,
    cm('{"name":"x","labels":{"a":1}}'),
    handled(
      'ConfigMap',
      'cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    ),
  ],
].map(([n, path, body, message]) => bad(n!, body!, message!, path));

const wrongKinds: Case[] = [
  bad(
    'an unknown apiVersion',
    cm('{"name":"x"}').replace('"v1"', '"v2"'),
    'ConfigMap in version "v2" cannot be handled as a ConfigMap: no kind "ConfigMap" is registered for version "v2" in scheme "pkg/api/legacyscheme/scheme.go:30"',
  ),
  bad(
    'a group that does not hold the kind',
    cm('{"name":"x"}').replace('"v1"', '"apps/v1"'),
    'ConfigMap in version "v1" cannot be handled as a ConfigMap: no kind "ConfigMap" is registered for version "apps/v1" in scheme "pkg/api/legacyscheme/scheme.go:30"',
  ),
  bad(
    'another kind',
    '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"}}',
    /^the object provided is unrecognized \(must be of type ConfigMap\): converting \(\*v1\.Pod\) to \(\*core\.ConfigMap\): unknown conversion/,
  ),
  bad(
    'a namespace in the body that differs from the URL',
    cm('{"name":"x","namespace":"other"}'),
    'the namespace of the provided object does not match the namespace sent on the request',
  ),
  {
    name: 'a name in the body that differs from the URL',
    method: 'PUT',
    path: `${cms}/ex`,
    body: cm('{"name":"other"}'),
    status: 400,
    reason: 'BadRequest',
    message: 'the name of the object (other) does not match the name on the URL (ex)',
  },
];

// Names kube-apiserver refuses: not lowercase RFC 1123 (subdomains for configmaps, labels for namespaces).
const hostileNames = [
  'ünï',
  '名字',
  'café',
  'ключ',
  'πod',
  'emoji😀',
  'UPPER',
  'Mixed',
  'a_b',
  'a b',
  '-lead',
  'trail-',
  '.dot',
  'dot.',
  'a..b',
  'a.-b',
  'a!b',
  'a@b',
  '__proto__',
  'Constructor',
  'PROTOTYPE',
  'tab\there',
  'ＦＵＬＬ',
  'ǅ',
  'x:y',
];
const subdomain =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const labelValueDetail =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
/** Go's %q of a string: printable runes kept, a tab escaped */
const q = (s: string) => JSON.stringify(s);
const invalidName = (kind: string, name: string, detail: string) =>
  `${kind} ${q(name)} is invalid: metadata.name: Invalid value: ${q(name)}: ${detail}`;
const names: Case[] = hostileNames.flatMap((n) => [
  {
    name: `ConfigMap named ${q(n)}`,
    method: 'POST',
    path: cms,
    body: cm(JSON.stringify({ name: n })),
    status: 422,
    reason: 'Invalid',
    message: invalidName('ConfigMap', n, subdomain),
  },
  {
    name: `Namespace named ${q(n)}`,
    method: 'POST',
    path: '/api/v1/namespaces',
    body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: n } }),
    status: 422,
    reason: 'Invalid',
    // The name is also copied into the kubernetes.io/metadata.name label, validated as a label value.
    message: labelValue.test(n)
      ? invalidName('Namespace', n, label)
      : `Namespace ${q(n)} is invalid: [metadata.name: Invalid value: ${q(n)}: ${label}, metadata.labels: Invalid value: ${q(n)}: ${labelValueDetail}]`,
  },
]);

// Keys that would pollute a prototype if written with obj[key] = v, where Kubernetes forbids them.
const keyDetail =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const protoKeys: Case[] = ['__proto__', '_proto_'].flatMap((key) =>
  (['labels', 'annotations'] as const).map((field) => ({
    name: `${key} as a key of metadata.${field}`,
    method: 'POST',
    path: cms,
    body: cm(`{"name":"x","${field}":{"${key}":"y"}}`),
    status: 422,
    reason: 'Invalid',
    message: `ConfigMap "x" is invalid: metadata.${field}: Invalid value: "${key}": ${keyDetail}`,
  })),
);

const unsupportedMediaType =
  'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf';
const contentTypes: Case[] = [
  'application/xml',
  'text/plain',
  'text/html',
  'text/yaml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
  'image/png',
  'application/jsonx',
  'application/cbor',
  'application/json-patch+json',
  'application/merge-patch+json',
].map((ct) => ({
  name: `POST with Content-Type ${ct}`,
  method: 'POST',
  path: cms,
  body: validCM,
  contentType: ct,
  status: 415,
  reason: 'UnsupportedMediaType',
  message: unsupportedMediaType,
}));
const patchContentTypes: Case[] = [
  'application/json',
  'text/plain',
  'application/yaml',
  'application/xml',
].map((ct) => ({
  name: `PATCH with Content-Type ${ct}`,
  method: 'PATCH',
  path: `${cms}/ex`,
  body: '{"data":{"a":"2"}}',
  contentType: ct,
  status: 415,
  reason: 'UnsupportedMediaType',
  message: '415: Unsupported Media Type',
}));

const yamlTraps: Case[] = [
  [
    'name: on (a YAML 1.1 bool)',
    'metadata:\n  name: on\n',
    'cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string',
  ],
  [
    'name: yes',
    'metadata:\n  name: yes\n',
    'cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string',
  ],
  [
    'name: 0x1F (a YAML number)',
    'metadata:\n  name: 0x1F\n',
    'cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string',
  ],
  [
    'a data value of no',
    'metadata:\n  name: yy\ndata:\n  a: no\n',
    'cannot unmarshal bool into Go struct field ConfigMap.data of type string',
  ],
  [
    'a data value of 1.5',
    'metadata:\n  name: yy\ndata:\n  a: 1.5\n',
    'cannot unmarshal number into Go struct field ConfigMap.data of type string',
  ],
  [
    'a data value of ~ (null) in a map of strings',
    'metadata:\n  name: yy\ndata:\n  a: [1]\n',
    'cannot unmarshal array into Go struct field ConfigMap.data of type string',
  ],
].map(([n, yaml, goError]) => ({
  name: `YAML: ${n}`,
  method: 'POST',
  path: cms,
  body: `apiVersion: v1\nkind: ConfigMap\n${yaml}`,
  contentType: 'application/yaml',
  status: 400,
  reason: 'BadRequest',
  message: handled('ConfigMap', goError!),
}));

const get = (
  name: string,
  query: string,
  status: number,
  reason: string,
  message: string | RegExp,
): Case => ({
  name,
  method: 'GET',
  path: `${cms}?${query}`,
  status,
  reason,
  message,
});
const queries: Case[] = [
  get(
    'an unclosed set in a labelSelector',
    'labelSelector=a%20in%20(',
    400,
    'BadRequest',
    "unable to parse requirement: found '', expected: ',', ')' or identifier",
  ),
  get(
    'a doubled ! in a labelSelector',
    'labelSelector=!!a',
    400,
    'BadRequest',
    "unable to parse requirement: found '!', expected: identifier",
  ),
  get(
    'an unsupported field label',
    'fieldSelector=spec.foo%3Dx',
    400,
    'BadRequest',
    'field label not supported: spec.foo',
  ),
  get(
    'a fieldSelector without an operator',
    'fieldSelector=a',
    400,
    'BadRequest',
    "invalid selector: 'a'; can't understand 'a'",
  ),
  ...['abc', '-1', '1.5', ' 1', '0x10'].map((rv) =>
    get(
      `resourceVersion=${rv}`,
      `resourceVersion=${encodeURIComponent(rv)}`,
      400,
      'BadRequest',
      `invalid resource version: resourceVersion: Invalid value: ${q(rv)}: strconv.ParseUint: parsing ${q(rv)}: invalid syntax`,
    ),
  ),
  ...['abc', '5', '-', '1x'].map((to) =>
    get(
      `timeout=${to}`,
      `timeout=${to}`,
      400,
      'BadRequest',
      `invalid timeout specified in the request URL - time: ${to === '5' ? 'missing unit in duration "5"' : to === '1x' ? 'unknown unit "x" in duration "1x"' : `invalid duration ${q(to)}`}`,
    ),
  ),
  get(
    'timeoutSeconds=abc',
    'timeoutSeconds=abc',
    400,
    'BadRequest',
    'strconv.ParseInt: parsing "abc": invalid syntax',
  ),
  get('limit=abc', 'limit=abc', 400, 'BadRequest', 'strconv.ParseInt: parsing "abc": invalid syntax'),
  get(
    'a continue token that is not base64 JSON',
    'continue=garbage',
    400,
    'BadRequest',
    /^invalid continue token: continue key is not valid: /,
  ),
  get(
    'resourceVersionMatch without a resourceVersion',
    'resourceVersionMatch=Exact',
    422,
    'Invalid',
    'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided',
  ),
];
const createOptions: Case[] = [
  ...['Some', 'all', 'true', ''].map((v) => ({
    name: `dryRun=${v}`,
    method: 'POST',
    path: `${cms}?dryRun=${v}`,
    body: validCM,
    status: 422,
    reason: 'Invalid',
    message: `CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{${q(v)}}: supported values: "All"`,
  })),
  ...['Bogus', 'strict'].map((v) => ({
    name: `fieldValidation=${v}`,
    method: 'POST',
    path: `${cms}?fieldValidation=${v}`,
    body: validCM,
    status: 422,
    reason: 'Invalid',
    message: `CreateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: ${q(v)}: supported values: "Ignore", "Warn", "Strict"`,
  })),
  {
    name: 'a fieldManager over 128 bytes',
    method: 'POST',
    path: `${cms}?fieldManager=${'m'.repeat(129)}`,
    body: validCM,
    status: 422,
    reason: 'Invalid',
    message:
      'CreateOptions.meta.k8s.io "" is invalid: fieldManager: Too long: may not be more than 128 bytes',
  },
  {
    name: 'dryRun=Bad on delete',
    method: 'DELETE',
    path: `${cms}/ex?dryRun=Bad`,
    status: 422,
    reason: 'Invalid',
    message:
      'DeleteOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Bad"}: supported values: "All"',
  },
  {
    // Go decodes the body into v1.DeleteOptions and passes the UnmarshalTypeError on as it is: a 500
    name: 'a string gracePeriodSeconds in a DELETE body',
    method: 'DELETE',
    path: `${cms}/ex`,
    body: '{"gracePeriodSeconds":"5"}',
    status: 500,
    message:
      'json: cannot unmarshal string into Go struct field DeleteOptions.gracePeriodSeconds of type int64',
  },
  {
    name: 'an unknown propagationPolicy',
    method: 'DELETE',
    path: `${cms}/ex`,
    body: '{"propagationPolicy":"Bogus"}',
    status: 422,
    reason: 'Invalid',
    message:
      'DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "Bogus": supported values: "Foreground", "Background", "Orphan", "nil"',
  },
  {
    name: 'a stale resourceVersion on update',
    method: 'PUT',
    path: `${cms}/ex`,
    body: cm('{"name":"ex","resourceVersion":"1"}'),
    status: 409,
    reason: 'Conflict',
    message:
      'Operation cannot be fulfilled on configmaps "ex": the object has been modified; please apply your changes to the latest version and try again',
  },
];

const patch = (
  name: string,
  type: string,
  body: string,
  status: number,
  reason: string,
  message: string | RegExp,
): Case => ({
  name: `${type} patch: ${name}`,
  method: 'PATCH',
  path: `${cms}/ex`,
  body,
  contentType: `application/${type}-patch+json`,
  status,
  reason,
  message,
});
const patches: Case[] = [
  patch(
    'an array',
    'merge',
    '[]',
    400,
    'BadRequest',
    'error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}',
  ),
  patch('null', 'merge', 'null', 400, 'BadRequest', 'Invalid JSON Patch'),
  patch(
    'a renamed object',
    'merge',
    '{"metadata":{"name":"other"}}',
    422,
    'Invalid',
    /^ConfigMap "other" is invalid: .*metadata\.name: Invalid value: "other": field is immutable/,
  ),
  patch(
    'a number for a data value',
    'merge',
    '{"data":{"a":1}}',
    422,
    'Invalid',
    /^ "" is invalid: patch: Invalid value: ".*": json: cannot unmarshal number into Go struct field ConfigMap\.data of type string$/s,
  ),
  patch(
    'an object',
    'json',
    '{}',
    400,
    'BadRequest',
    'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp',
  ),
  patch(
    'a number in the list',
    'json',
    '[1]',
    400,
    'BadRequest',
    'error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp',
  ),
  patch(
    'an array',
    'strategic-merge',
    '[]',
    400,
    'BadRequest',
    'json: cannot unmarshal array into Go value of type map[string]interface {}',
  ),
  // A non-API error from the patch library: Go's ErrorToAPIStatus makes it a 500 with no reason.
  patch(
    'an unknown $patch directive',
    'strategic-merge',
    '{"data":{"$patch":"bogus"}}',
    500,
    '',
    'unknown patch type: bogus in map: map[$patch:bogus]',
  ),
];

const allCases: Case[] = [
  ...syntaxErrors,
  ...notObjects,
  ...truncated,
  ...typeErrors,
  ...wrongKinds,
  ...names,
  ...protoKeys,
  ...contentTypes,
  ...patchContentTypes,
  ...yamlTraps,
  ...queries,
  ...createOptions,
  ...patches,
];

describe('hostile inputs', () => {
  it('the corpus holds at least 200 cases with distinct names', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
  });

  it.each(allCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = t.server.etcdDump();
    const r = await t.request(
      c.method,
      c.path,
      c.body,
      c.contentType ? { 'Content-Type': c.contentType } : {},
    );
    expect(r.status).toBe(c.status);
    expect(r.json).toMatchObject({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: c.status });
    if (c.reason) expect(r.json.reason).toBe(c.reason);
    else expect(r.json.reason).toBeUndefined();
    if (typeof c.message === 'string') expect(r.json.message).toBe(c.message);
    else expect(r.json.message).toMatch(c.message);
    expect(t.server.etcdDump()).toEqual(before);
  });
});

describe('hostile shapes', () => {
  it('a body over 3 MiB is 413 with Go’s message', async () => {
    const r = await t.request(
      'POST',
      cms,
      cm('{"name":"big"}', `,"data":{"x":"${'a'.repeat(3 * 1024 * 1024)}"}`),
    );
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: limit is 3145728',
    });
  });

  it.each([
    ['objects', '{"a":', '1', '}'],
    ['arrays', '[', '1', ']'],
  ])('nesting 10,001 %s deep hits the scanner’s depth limit', async (_n, open, inner, close) => {
    const deep = open.repeat(10_001) + inner + close.repeat(10_001);
    const before = t.server.etcdDump();
    const r = await t.request('POST', cms, cm('{"name":"deep"}', `,"data":${deep}`));
    expect(r.status).toBe(400);
    expect(r.json.message).toContain(`json parse error: invalid character '${open[0]}' exceeded max depth`);
    expect(t.server.etcdDump()).toEqual(before);
  });

  it('prototype keys in data and spec are stored as plain keys and pollute nothing', async () => {
    const body = cm(
      '{"name":"proto-data"}',
      ',"data":{"__proto__":"p","constructor":"c","prototype":"t"},"__proto__":{"polluted":true}',
    );
    const r = await t.request('POST', cms, body);
    expect(r.status, r.body).toBe(201);
    expect(r.json.data).toEqual(JSON.parse('{"__proto__":"p","constructor":"c","prototype":"t"}'));
    const got = await t.get(`${cms}/proto-data`);
    expect(Object.keys(got.json.data as object)).toEqual(['__proto__', 'constructor', 'prototype']);
    const pod = await t.request(
      'POST',
      pods,
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"proto-pod","labels":{"constructor":"x","prototype":"y"}},"spec":{"__proto__":{"polluted":true},"nodeSelector":{"constructor":"n","prototype":"p"},"containers":[{"name":"c","image":"i"}]}}',
    );
    expect(pod.status, pod.body).toBe(201);
    expect((pod.json.metadata as { labels: object }).labels).toEqual({ constructor: 'x', prototype: 'y' });
    expect(Object.keys((pod.json.spec as { nodeSelector: object }).nodeSelector)).toEqual([
      'constructor',
      'prototype',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('null where objects belong is read as absent, as Go does', async () => {
    const r = await t.request('POST', cms, cm('null'));
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
    );
    const p = await t.request(
      'POST',
      pods,
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":null}',
    );
    expect(p.status).toBe(422);
    expect(p.json.message).toBe('Pod "x" is invalid: spec.containers: Required value');
  });

  it('unknown query parameters are ignored', async () => {
    const r = await t.get(`${cms}?foo=bar&__proto__=x`);
    expect(r.status).toBe(200);
    expect(r.json.kind).toBe('ConfigMapList');
  });

  it('duplicate keys: the last one wins, as in Go', async () => {
    const r = await t.request('POST', cms, cm('{"name":"dup-a","name":"dup-b"}'));
    expect(r.status).toBe(201);
    expect((r.json.metadata as { name: string }).name).toBe('dup-b');
  });
});
