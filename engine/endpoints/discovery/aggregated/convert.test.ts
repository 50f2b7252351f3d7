// ConvertGroupVersionIntoToDiscovery: the legacy APIResource list folded into resources with subresources.
import { describe, expect, it } from 'vitest';
import { convertGroupVersionIntoToDiscovery } from './convert';

describe('convertGroupVersionIntoToDiscovery', () => {
  it('folds subresources into their parents, keeping list order and the provider GVK', () => {
    expect(
      convertGroupVersionIntoToDiscovery([
        {
          name: 'deployments',
          singularName: 'deployment',
          namespaced: true,
          kind: 'Deployment',
          verbs: ['get'],
          shortNames: ['deploy'],
        },
        {
          name: 'deployments/scale',
          singularName: '',
          namespaced: true,
          group: 'autoscaling',
          version: 'v1',
          kind: 'Scale',
          verbs: ['get'],
        },
        {
          name: 'nodes',
          singularName: 'node',
          namespaced: false,
          kind: 'Node',
          verbs: ['list'],
          categories: [],
        },
      ]),
    ).toEqual([
      {
        resource: 'deployments',
        responseKind: { group: '', version: '', kind: 'Deployment' },
        scope: 'Namespaced',
        singularResource: 'deployment',
        verbs: ['get'],
        shortNames: ['deploy'],
        subresources: [
          {
            subresource: 'scale',
            responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
            verbs: ['get'],
          },
        ],
      },
      {
        resource: 'nodes',
        responseKind: { group: '', version: '', kind: 'Node' },
        scope: 'Cluster',
        singularResource: 'node',
        verbs: ['list'],
      },
    ]);
  });

  it('a subresource without its parent gets an empty parent with an empty responseKind', () => {
    expect(
      convertGroupVersionIntoToDiscovery([
        { name: 'things/status', singularName: '', namespaced: true, kind: '', verbs: ['get'] },
      ]),
    ).toEqual([
      {
        resource: 'things',
        responseKind: { group: '', version: '', kind: '' },
        scope: 'Namespaced',
        singularResource: '',
        verbs: [],
        subresources: [
          { subresource: 'status', responseKind: { group: '', version: '', kind: '' }, verbs: ['get'] },
        ],
      },
    ]);
  });

  it('a subresource scoped unlike its parent is an error', () => {
    expect(() =>
      convertGroupVersionIntoToDiscovery([
        { name: 'things', singularName: 'thing', namespaced: true, kind: 'Thing', verbs: [] },
        { name: 'things/status', singularName: '', namespaced: false, kind: 'Thing', verbs: [] },
      ]),
    ).toThrow(
      'Error: Parent things (scope: Namespaced) and subresource status (scope: Cluster) scope do not match',
    );
  });
});
