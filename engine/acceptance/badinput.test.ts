// Bad input: every malformed, mistyped or oversized request gets the Status the real server sends, nothing
// is half-written, and no exception escapes handle().
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestServer, pod, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
});

const pods = '/api/v1/namespaces/default/pods';

describe('malformed bodies', () => {
  it.each([
    ['truncated JSON', '{"apiVersion":"v1","kind":"Pod"', 'unexpected end of JSON input'],
    [
      'a stray character',
      '{"apiVersion":"v1",}',
      "invalid character '}' looking for beginning of object key string",
    ],
    [
      'YAML sent as JSON',
      'apiVersion: v1\nkind: Pod',
      "invalid character 'a' looking for beginning of value",
    ],
  ])("%s → 400 with Go's JSON error", async (_name, body, goError) => {
    const r = await t.request('POST', pods, body);
    expect(r.status).toBe(400);
    expect(r.json.reason).toBe('BadRequest');
    expect(r.json.message).toContain(`couldn't get version/kind; json parse error: ${goError}`);
  });

  it('an empty body is unrecognized', async () => {
    const r = await t.request('POST', pods, '');
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(
      /^the object provided is unrecognized \(must be of type Pod\): .*\(<empty>\)$/,
    );
  });

  it('a wrongly typed field names the Go struct field and type', async () => {
    const r = await t.post(pods, { ...pod('typed'), spec: { containers: 'nginx' } });
    expect(r.status).toBe(400);
    expect(r.json.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
    );
  });

  it('an unknown apiVersion is not registered in the scheme', async () => {
    const r = await t.post(pods, { ...pod('v2'), apiVersion: 'v2' });
    expect(r.status).toBe(400);
    expect(r.json.message).toBe(
      'Pod in version "v2" cannot be handled as a Pod: no kind "Pod" is registered for version "v2" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
  });

  it('accepts YAML with Content-Type application/yaml, read as YAML 1.1', async () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: yamlcm\ndata:\n  flag: "on"\n';
    const r = await t.request('POST', '/api/v1/namespaces/default/configmaps', yaml, {
      'Content-Type': 'application/yaml',
    });
    expect(r.status).toBe(201);
    expect(r.json.data).toEqual({ flag: 'on' });
  });

  it('an unsupported Content-Type is 415', async () => {
    const r = await t.request('POST', pods, JSON.stringify(pod('ct')), { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(r.json.message).toBe(
      'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf',
    );
  });
});

describe('unknown fields', () => {
  it('are dropped with a Warning header under the default fieldValidation=Warn', async () => {
    const r = await t.post(pods, {
      ...pod('warned'),
      spec: { containers: [{ name: 'c', image: 'nginx', imagee: 'typo' }] },
    });
    expect(r.status).toBe(201);
    expect(r.headers.Warning).toBe('299 - "unknown field \\"spec.containers[0].imagee\\""');
  });

  it('are a 400 strict decoding error under fieldValidation=Strict', async () => {
    const r = await t.post(`${pods}?fieldValidation=Strict`, {
      ...pod('strict'),
      spec: { containers: [{ name: 'c', image: 'nginx' }], foo: 1 },
    });
    expect(r.status).toBe(400);
    expect(r.json.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.foo"',
    );
  });
});

describe('sizes and hostile keys', () => {
  it('a body over 3 MiB is 413', async () => {
    const big = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'big' },
      data: { x: 'a'.repeat(3 * 1024 * 1024) },
    });
    const r = await t.request('POST', '/api/v1/namespaces/default/configmaps', big);
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: limit is 3145728',
    });
  });

  it('__proto__ and constructor keys neither pollute prototypes nor crash', async () => {
    const body =
      '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"proto","labels":{"__proto__":"x"}},"data":{"__proto__":"y","constructor":"z"},"__proto__":{"polluted":true}}';
    const r = await t.request('POST', '/api/v1/namespaces/default/configmaps', body);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.status).toBe(422);
    expect(r.json.message).toContain('metadata.labels');
    const ok = await t.request(
      'POST',
      '/api/v1/namespaces/default/configmaps',
      '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"proto2"},"data":{"__proto__":"y","constructor":"z"}}',
    );
    expect(ok.status).toBe(201);
    expect(ok.json.data).toEqual(JSON.parse('{"__proto__":"y","constructor":"z"}'));
  });

  it('a rejected create leaves etcd unchanged', async () => {
    const before = t.server.etcdDump();
    await t.post(pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nope' },
      spec: { containers: [{ name: 'c' }] },
    });
    await t.request('POST', pods, '{');
    expect(t.server.etcdDump()).toEqual(before);
  });
});
