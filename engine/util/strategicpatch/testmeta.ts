// Go twin: none — a test fixture: a slice of k8s.io/api core/apps types with their patch struct tags.
import type { FieldNode, TypeNode } from './structmeta';
import { PatchMetaFromStruct } from './structmeta';

const str: TypeNode = { kind: 'scalar', goKind: 'string' };
const int32: TypeNode = { kind: 'scalar', goKind: 'int32' };
const strMap: TypeNode = { kind: 'map', elem: str };
const f = (type: FieldNode['type'], patchStrategy?: string, patchMergeKey?: string): FieldNode => ({
  type,
  ...(patchStrategy !== undefined ? { patchStrategy } : {}),
  ...(patchMergeKey !== undefined ? { patchMergeKey } : {}),
});
const struct = (name: string, fields: Record<string, FieldNode>): TypeNode => ({
  kind: 'struct',
  name,
  fields,
});
const slice = (elem: TypeNode): TypeNode => ({ kind: 'slice', elem });

const objectMeta = struct('ObjectMeta', {
  name: f(str),
  labels: f(strMap),
  annotations: f(strMap),
  finalizers: f(slice(str), 'merge'),
  ownerReferences: f(slice(struct('OwnerReference', { uid: f(str), name: f(str) })), 'merge', 'uid'),
});

const container = struct('Container', {
  name: f(str),
  image: f(str),
  args: f(slice(str)),
  ports: f(
    slice(struct('ContainerPort', { containerPort: f(int32), name: f(str), protocol: f(str) })),
    'merge',
    'containerPort',
  ),
  env: f(slice(struct('EnvVar', { name: f(str), value: f(str) })), 'merge', 'name'),
  resources: f(struct('ResourceRequirements', { limits: f(strMap), requests: f(strMap) })),
});

const volume = struct('Volume', {
  name: f(str),
  emptyDir: f(struct('EmptyDirVolumeSource', { medium: f(str) })),
  hostPath: f(struct('HostPathVolumeSource', { path: f(str) })),
});

const podSpec = struct('PodSpec', {
  containers: f(slice(container), 'merge', 'name'),
  volumes: f(slice(volume), 'merge,retainKeys', 'name'),
  tolerations: f(slice(struct('Toleration', { key: f(str), operator: f(str) }))),
  nodeSelector: f(strMap),
  nodeName: f(str),
  matrix: f(slice({ kind: 'scalar', goKind: 'interface' }), 'merge'),
  grid: f(slice(slice(str)), 'merge'),
});

export const podMeta = new PatchMetaFromStruct(
  struct('Pod', { apiVersion: f(str), kind: f(str), metadata: f(objectMeta), spec: f(podSpec) }),
);

const deploymentStrategy = struct('DeploymentStrategy', {
  type: f(str),
  rollingUpdate: f(struct('RollingUpdateDeployment', { maxSurge: f(str), maxUnavailable: f(str) })),
});

export const deploymentMeta = new PatchMetaFromStruct(
  struct('Deployment', {
    metadata: f(objectMeta),
    spec: f(struct('DeploymentSpec', { replicas: f(int32), strategy: f(deploymentStrategy, 'retainKeys') })),
  }),
);
