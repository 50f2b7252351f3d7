import { describe, expect, it } from 'vitest';
import type { Status } from '../../../../../api/errors/errors';
import { forbiddenStatus, notFoundStatus, statusOf } from '../../../../../admission/testing/status';
import { handledOperations } from '../../../../../admission/testing/handles';
import { newAttributes } from '../../../../../admission/testing/attributes';
import { memoryInitialization } from '../../../../../admission/testing/listers';
import type { Attributes } from '../../../../../admission/interfaces';
import { CoreNamespace, type Namespace } from '../../../../../apis/core/namespace_types';
import { Pod } from '../../../../../apis/core/pod_types';
import { copyJSON, setType, type RuntimeObject } from '../../../../../runtime/object';
import { newLifecycle, PluginName } from './admission';

const ns = (name: string, phase: string): Namespace =>
  setType({ metadata: { name }, spec: { finalizers: ['kubernetes'] }, status: { phase } }, CoreNamespace);

const plugin = newLifecycle(
  memoryInitialization({
    '/namespaces': [
      ns('default', 'Active'),
      ns('kube-system', 'Active'),
      ns('dev', 'Active'),
      ns('old', 'Terminating'),
    ],
  }),
);

const pod = (namespace: string, name = 'web'): RuntimeObject =>
  setType({ metadata: { name, namespace }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }, Pod);

const podIn = (namespace: string, op: Attributes['operation'] = 'CREATE'): Attributes =>
  newAttributes({ namespace, name: 'web', operation: op, object: op === 'DELETE' ? null : pod(namespace) });

const namespaceAttrs = (name: string, op: Attributes['operation']): Attributes =>
  newAttributes({
    namespace: '',
    name,
    operation: op,
    resource: { group: '', version: 'v1', resource: 'namespaces' },
    kind: { group: '', version: 'v1', kind: 'Namespace' },
    object: op === 'DELETE' ? null : ns(name, 'Active'),
  });

const admit = (a: Attributes) => statusOf(() => plugin.admit!(a));

describe('NamespaceLifecycle', () => {
  it('is a mutating plugin for create, update and delete', () => {
    expect(plugin.name).toBe(PluginName);
    expect(plugin.validate).toBeUndefined();
    expect(handledOperations(plugin)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it.each<[string, Attributes]>([
    ['a pod created in an active namespace', podIn('dev')],
    ['a pod updated in a terminating namespace', podIn('old', 'UPDATE')],
    ['a pod deleted from a terminating namespace', podIn('old', 'DELETE')],
    ['a pod deleted from a missing namespace', podIn('gone', 'DELETE')],
    ['a namespace created', namespaceAttrs('new', 'CREATE')],
    ['a non-immortal namespace deleted', namespaceAttrs('dev', 'DELETE')],
    [
      'a cluster-scoped object',
      newAttributes({
        namespace: '',
        name: 'n1',
        resource: { group: '', version: 'v1', resource: 'nodes' },
        kind: { group: '', version: 'v1', kind: 'Node' },
      }),
    ],
    [
      'an access review in a missing namespace',
      newAttributes({
        namespace: 'secret-plans',
        resource: { group: 'authorization.k8s.io', version: 'v1', resource: 'localsubjectaccessreviews' },
        kind: { group: 'authorization.k8s.io', version: 'v1', kind: 'LocalSubjectAccessReview' },
      }),
    ],
  ])('admits %s', async (_name, a) => {
    const before = copyJSON(a.object);
    expect(await admit(a)).toBeNull();
    expect(a.object).toEqual(before);
  });

  it.each<[string, Attributes, Status]>([
    [
      'a create in a missing namespace: the namespace 404',
      podIn('nope'),
      notFoundStatus('namespaces', 'nope'),
    ],
    ['an update in a missing namespace', podIn('nope', 'UPDATE'), notFoundStatus('namespaces', 'nope')],
    [
      'a create in a terminating namespace',
      podIn('old'),
      {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'pods "web" is forbidden: unable to create new content in namespace old because it is being terminated',
        reason: 'Forbidden',
        details: {
          name: 'web',
          kind: 'pods',
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: 'namespace old is being terminated',
              field: 'metadata.namespace',
            },
          ],
        },
        code: 403,
      },
    ],
    ...(['default', 'kube-system', 'kube-public'] as const).map((name): [string, Attributes, Status] => [
      `deleting the immortal namespace ${name}`,
      namespaceAttrs(name, 'DELETE'),
      forbiddenStatus('namespaces', name, 'this namespace may not be deleted'),
    ]),
  ])('refuses %s', async (_name, a, status) => {
    const before = copyJSON(a.object);
    expect(await admit(a)).toEqual(status);
    expect(a.object).toEqual(before);
  });

  it('names the object of a generateName create by its (empty) name: `pods is forbidden`', async () => {
    const a = newAttributes({ namespace: 'old', object: pod('old', '') });
    expect((await admit(a))?.message).toBe(
      'pods is forbidden: unable to create new content in namespace old because it is being terminated',
    );
  });

  it('turns a failing lister into a 500', async () => {
    const broken = newLifecycle(
      memoryInitialization(
        {},
        {
          listerFor: () => ({
            get: () => Promise.reject(new Error('etcd down')),
            list: () => Promise.resolve([]),
          }),
        },
      ),
    );
    await expect(broken.admit!(podIn('dev'))).rejects.toMatchObject({
      status: { code: 500, reason: 'InternalError', message: 'Internal error occurred: etcd down' },
    });
  });
});
