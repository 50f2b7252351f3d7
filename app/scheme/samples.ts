// The sample object "Try it" converts: a small, valid-looking object of the kind (its fields only; the engine
// makes the typed zero value and adds them). List kinds get one item of their element kind.
const container = { name: 'app', image: 'nginx:1.27' };
const labels = { app: 'example' };
const podSpec = { containers: [container] };

const byKind: Record<string, () => Record<string, unknown>> = {
  Pod: () => ({ metadata: { name: 'example', namespace: 'default', labels }, spec: podSpec }),
  Deployment: () => workload(),
  ReplicaSet: () => workload(),
  Service: () => ({
    metadata: { name: 'example', namespace: 'default' },
    spec: { selector: labels, ports: [{ port: 80 }] },
  }),
  ConfigMap: () => ({ metadata: { name: 'example', namespace: 'default' }, data: { greeting: 'hello' } }),
  Secret: () => ({ metadata: { name: 'example', namespace: 'default' }, data: { password: 'c2VjcmV0' } }),
  Namespace: () => ({ metadata: { name: 'example' } }),
  Scale: () => ({ metadata: { name: 'example', namespace: 'default' }, spec: { replicas: 3 } }),
};

function workload(): Record<string, unknown> {
  return {
    metadata: { name: 'example', namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: podSpec },
    },
  };
}

export function sampleFields(kind: string): Record<string, unknown> {
  if (kind.endsWith('List') && kind.length > 4)
    return { metadata: {}, items: [sampleFields(kind.slice(0, -'List'.length))] };
  return byKind[kind]?.() ?? { metadata: { name: 'example', namespace: 'default' } };
}
