import { describe, expect, it } from 'vitest';
import type { Attributes } from '../../../../endpoints/filters/authorization';
import { newAttributes } from '../../../../authorization/testing';
import type { PolicyRule } from '../../../../apis/rbac/types';
import { ruleAllows, rulesAllow } from './rbac';
import {
  apiGroupMatches,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  verbMatches,
} from './rule_matching';

const rule = (r: Partial<PolicyRule>): PolicyRule => ({ verbs: [], ...r });

describe('verbMatches', () => {
  it.each([
    [['get'], 'get', true],
    [['get', 'list'], 'list', true],
    [['*'], 'deletecollection', true],
    [['get'], 'list', false],
    [['GET'], 'get', false],
    [[], 'get', false],
  ])('verbs %j, verb %s → %s', (verbs, verb, want) => {
    expect(verbMatches(rule({ verbs }), verb)).toBe(want);
  });
});

describe('apiGroupMatches', () => {
  it.each([
    [[''], '', true],
    [['apps'], 'apps', true],
    [['*'], 'batch', true],
    [[''], 'apps', false],
    [['apps'], '', false],
    [undefined, '', false],
  ])('apiGroups %j, group %j → %s', (apiGroups, group, want) => {
    expect(apiGroupMatches(rule(apiGroups ? { apiGroups } : {}), group)).toBe(want);
  });
});

describe('resourceMatches', () => {
  it.each([
    ['exact resource', ['pods'], 'pods', '', true],
    ['other resource', ['pods'], 'services', '', false],
    ['* covers everything', ['*'], 'pods/log', 'log', true],
    ['a resource does not cover its subresource', ['pods'], 'pods/log', 'log', false],
    ['resource/subresource exact', ['pods/log'], 'pods/log', 'log', true],
    ['resource/subresource is not the resource', ['pods/log'], 'pods', '', false],
    [
      '*/subresource covers that subresource of any resource',
      ['*/scale'],
      'deployments/scale',
      'scale',
      true,
    ],
    ['*/subresource does not cover another subresource', ['*/scale'], 'deployments/status', 'status', false],
    ['*/subresource does not cover the resource', ['*/scale'], 'deployments', '', false],
    ['pods/* is not a wildcard', ['pods/*'], 'pods/log', 'log', false],
    ['*/ with a longer name of the same suffix', ['*/log'], 'pods/xlog', 'xlog', false],
  ])('%s', (_name, resources, combined, sub, want) => {
    expect(resourceMatches(rule({ resources }), combined, sub)).toBe(want);
  });
});

describe('resourceNameMatches', () => {
  it.each([
    ['no resourceNames covers any name', undefined, 'web', true],
    ['no resourceNames covers no name (list/create)', undefined, '', true],
    ['listed name', ['web', 'db'], 'db', true],
    ['unlisted name', ['web'], 'db', false],
    ['resourceNames never cover a request without a name', ['web'], '', false],
  ])('%s', (_name, resourceNames, requested, want) => {
    expect(resourceNameMatches(rule(resourceNames ? { resourceNames } : {}), requested)).toBe(want);
  });
});

describe('nonResourceURLMatches', () => {
  it.each([
    [['/healthz'], '/healthz', true],
    [['/healthz'], '/healthz/ping', false],
    [['/healthz/*'], '/healthz/ping', true],
    [['/healthz/*'], '/healthz', false],
    [['/api/*'], '/api/v1', true],
    [['/api*'], '/apis', true],
    [['/api/**'], '/api/v1', true],
    [['*'], '/anything', true],
    [['/version'], '/versions', false],
  ])('nonResourceURLs %j, path %s → %s', (urls, path, want) => {
    expect(nonResourceURLMatches(rule({ nonResourceURLs: urls }), path)).toBe(want);
  });
});

const request = (a: Partial<Attributes>): Attributes => newAttributes(a);

describe('ruleAllows', () => {
  const podReader = rule({ verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'] });
  const oneConfigMap = rule({
    verbs: ['get', 'update', 'delete', 'create', 'list'],
    apiGroups: [''],
    resources: ['configmaps'],
    resourceNames: ['settings'],
  });
  const healthz = rule({ verbs: ['get'], nonResourceURLs: ['/healthz', '/readyz/*'] });

  it.each([
    ['list pods', podReader, request({ verb: 'list' }), true],
    ['get a pod by name', podReader, request({ name: 'web' }), true],
    ['delete a pod', podReader, request({ verb: 'delete', name: 'web' }), false],
    ['pods/log is a different resource', podReader, request({ subresource: 'log', name: 'web' }), false],
    ['pods in another group', podReader, request({ apiGroup: 'metrics.k8s.io' }), false],
    ['get the named configmap', oneConfigMap, request({ resource: 'configmaps', name: 'settings' }), true],
    [
      'update the named configmap',
      oneConfigMap,
      request({ verb: 'update', resource: 'configmaps', name: 'settings' }),
      true,
    ],
    ['get another configmap', oneConfigMap, request({ resource: 'configmaps', name: 'other' }), false],
    [
      'create is never limited by name',
      oneConfigMap,
      request({ verb: 'create', resource: 'configmaps' }),
      false,
    ],
    ['list is never limited by name', oneConfigMap, request({ verb: 'list', resource: 'configmaps' }), false],
    [
      'a resource rule does not cover a path',
      podReader,
      request({ resourceRequest: false, path: '/healthz' }),
      false,
    ],
    ['get /healthz', healthz, request({ resourceRequest: false, path: '/healthz' }), true],
    ['get /readyz/etcd', healthz, request({ resourceRequest: false, path: '/readyz/etcd' }), true],
    ['post /healthz', healthz, request({ verb: 'post', resourceRequest: false, path: '/healthz' }), false],
    ['a path rule does not cover resources', healthz, request({ resource: 'healthz' }), false],
  ])('%s → %s', (_name, r, a, want) => {
    expect(ruleAllows(a, r)).toBe(want);
  });

  it('rulesAllow is true when any rule allows', () => {
    expect(rulesAllow(request({ verb: 'list' }), oneConfigMap, podReader)).toBe(true);
    expect(rulesAllow(request({ verb: 'delete' }), oneConfigMap, podReader)).toBe(false);
    expect(rulesAllow(request({}))).toBe(false);
  });
});
