import { describe, expect, it } from 'vitest';
import type { SelfSubjectAccessReview, SubjectAccessReview } from '../types';
import { validateSelfSubjectAccessReview, validateSubjectAccessReview } from './validation';

const messages = (errs: { error(): string }[]) => errs.map((e) => e.error());

const podsList = { verb: 'list', resource: 'pods', namespace: 'default' };

describe('validateSelfSubjectAccessReview', () => {
  it.each<[string, SelfSubjectAccessReview, string[]]>([
    ['resource attributes', { spec: { resourceAttributes: podsList } }, []],
    ['non-resource attributes', { spec: { nonResourceAttributes: { path: '/healthz', verb: 'get' } } }, []],
    [
      'managedFields recorded by the handler are ignored',
      { metadata: { managedFields: [{ manager: 'kubectl' }] }, spec: { resourceAttributes: podsList } },
      [],
    ],
    [
      'empty metadata values are ignored',
      { metadata: { name: '', labels: {} }, spec: { resourceAttributes: podsList } },
      [],
    ],
    [
      'neither attributes',
      { spec: {} },
      [
        'spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
      ],
    ],
    [
      'no spec at all',
      {},
      [
        'spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
      ],
    ],
    [
      'both attributes',
      { spec: { resourceAttributes: podsList, nonResourceAttributes: { path: '/healthz', verb: 'get' } } },
      [
        'spec.nonResourceAttributes: Invalid value: authorization.NonResourceAttributes{Path:"/healthz", Verb:"get"}: cannot be specified in combination with resourceAttributes',
      ],
    ],
    [
      'a name in metadata',
      { metadata: { name: 'mine', labels: { b: '2', a: '1' } }, spec: { resourceAttributes: podsList } },
      [
        'metadata: Invalid value: &ObjectMeta{Name:mine,GenerateName:,Namespace:,SelfLink:,UID:,ResourceVersion:,Generation:0,CreationTimestamp:0001-01-01 00:00:00 +0000 UTC,DeletionTimestamp:<nil>,DeletionGracePeriodSeconds:nil,Labels:map[string]string{a: 1,b: 2,},Annotations:map[string]string{},OwnerReferences:[]OwnerReference{},Finalizers:[],ManagedFields:[]ManagedFieldsEntry{},}: must be empty',
      ],
    ],
    [
      'a label selector with both forms',
      {
        spec: {
          resourceAttributes: {
            ...podsList,
            labelSelector: {
              rawSelector: 'app=web',
              requirements: [{ key: 'app', operator: 'In', values: ['web'] }],
            },
          },
        },
      },
      [
        'spec.resourceAttributes.labelSelector.rawSelector: Invalid value: "app=web": may not specified at the same time as requirements',
      ],
    ],
    [
      'an empty field selector',
      { spec: { resourceAttributes: { ...podsList, fieldSelector: {} } } },
      [
        'spec.resourceAttributes.fieldSelector.requirements: Required value: when spec.resourceAttributes.fieldSelector is specified, requirements or rawSelector is required',
      ],
    ],
    [
      'requirements with misplaced values and a bad key',
      {
        spec: {
          resourceAttributes: {
            ...podsList,
            labelSelector: {
              requirements: [
                { key: 'app', operator: 'In' },
                { key: 'bad key', operator: 'Exists', values: ['x'] },
                { key: 'tier', operator: 'Newer', values: ['x'] },
              ],
            },
          },
        },
      },
      [
        "spec.resourceAttributes.labelSelector.requirements[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        "spec.resourceAttributes.labelSelector.requirements[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        "spec.resourceAttributes.labelSelector.requirements[1].key: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      ],
    ],
  ])('%s', (_name, review, want) => {
    expect(messages(validateSelfSubjectAccessReview(review))).toEqual(want);
  });
});

describe('validateSubjectAccessReview', () => {
  it.each<[string, SubjectAccessReview, string[]]>([
    ['a user', { spec: { user: 'jane', resourceAttributes: podsList } }, []],
    ['only groups', { spec: { groups: ['dev'], nonResourceAttributes: { path: '/api', verb: 'get' } } }, []],
    [
      'neither user nor groups',
      { spec: { resourceAttributes: podsList } },
      ['spec.user: Invalid value: "": at least one of user or group must be specified'],
    ],
    [
      'nothing at all',
      { spec: {} },
      [
        'spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
        'spec.user: Invalid value: "": at least one of user or group must be specified',
      ],
    ],
    [
      'a namespace in metadata',
      { metadata: { namespace: 'default' }, spec: { user: 'jane', resourceAttributes: podsList } },
      [
        'metadata: Invalid value: &ObjectMeta{Name:,GenerateName:,Namespace:default,SelfLink:,UID:,ResourceVersion:,Generation:0,CreationTimestamp:0001-01-01 00:00:00 +0000 UTC,DeletionTimestamp:<nil>,DeletionGracePeriodSeconds:nil,Labels:map[string]string{},Annotations:map[string]string{},OwnerReferences:[]OwnerReference{},Finalizers:[],ManagedFields:[]ManagedFieldsEntry{},}: must be empty',
      ],
    ],
  ])('%s', (_name, review, want) => {
    expect(messages(validateSubjectAccessReview(review))).toEqual(want);
  });
});
