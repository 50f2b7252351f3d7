import { describe, expect, it } from 'vitest';
import { RequestInfoError, RequestInfoFactory, splitPath } from './requestinfo';

const resolver = new RequestInfoFactory();

function info(method: string, url: string) {
  const u = new URL(url, 'http://localhost');
  return resolver.newRequestInfo({ method, path: u.pathname, query: u.searchParams });
}

describe('RequestInfoFactory.newRequestInfo', () => {
  // [method, url, verb, apiPrefix, apiGroup, apiVersion, namespace, resource, subresource, name, parts]
  it.each([
    // resource paths
    ['GET', '/api/v1/namespaces', 'list', 'api', '', 'v1', '', 'namespaces', '', '', ['namespaces']],
    [
      'GET',
      '/api/v1/namespaces/other',
      'get',
      'api',
      '',
      'v1',
      'other',
      'namespaces',
      '',
      'other',
      ['namespaces', 'other'],
    ],
    ['GET', '/api/v1/namespaces/other/pods', 'list', 'api', '', 'v1', 'other', 'pods', '', '', ['pods']],
    [
      'GET',
      '/api/v1/namespaces/other/pods/foo',
      'get',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    [
      'HEAD',
      '/api/v1/namespaces/other/pods/foo',
      'get',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    ['GET', '/api/v1/pods', 'list', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    ['HEAD', '/api/v1/pods', 'list', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    // special verbs
    [
      'GET',
      '/api/v1/proxy/namespaces/other/pods/foo',
      'proxy',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    [
      'GET',
      '/api/v1/proxy/namespaces/other/pods/foo/subpath/not/a/subresource',
      'proxy',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo', 'subpath', 'not', 'a', 'subresource'],
    ],
    ['GET', '/api/v1/watch/pods', 'watch', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    ['GET', '/api/v1/pods?watch=true', 'watch', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    ['GET', '/api/v1/pods?watch=false', 'list', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    ['GET', '/api/v1/pods?watch=FALSE', 'list', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    ['GET', '/api/v1/pods?watch=', 'watch', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
    [
      'GET',
      '/api/v1/watch/namespaces/other/pods',
      'watch',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    [
      'GET',
      '/api/v1/watch/namespaces/other/pods/foo',
      'watch',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    [
      'GET',
      '/api/v1/namespaces/other/pods?watch=1',
      'watch',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    [
      'GET',
      '/api/v1/namespaces/other/pods?watch=0',
      'list',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    // subresource identification
    [
      'GET',
      '/api/v1/namespaces/other/pods/foo/status',
      'get',
      'api',
      '',
      'v1',
      'other',
      'pods',
      'status',
      'foo',
      ['pods', 'foo', 'status'],
    ],
    [
      'GET',
      '/api/v1/namespaces/other/pods/foo/proxy/subpath',
      'get',
      'api',
      '',
      'v1',
      'other',
      'pods',
      'proxy',
      'foo',
      ['pods', 'foo', 'proxy', 'subpath'],
    ],
    [
      'PUT',
      '/api/v1/namespaces/other/finalize',
      'update',
      'api',
      '',
      'v1',
      'other',
      'namespaces',
      'finalize',
      'other',
      ['namespaces', 'other', 'finalize'],
    ],
    [
      'PUT',
      '/api/v1/namespaces/other/status',
      'update',
      'api',
      '',
      'v1',
      'other',
      'namespaces',
      'status',
      'other',
      ['namespaces', 'other', 'status'],
    ],
    // verb identification
    [
      'PATCH',
      '/api/v1/namespaces/other/pods/foo',
      'patch',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    [
      'DELETE',
      '/api/v1/namespaces/other/pods/foo',
      'delete',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      'foo',
      ['pods', 'foo'],
    ],
    ['POST', '/api/v1/namespaces/other/pods', 'create', 'api', '', 'v1', 'other', 'pods', '', '', ['pods']],
    ['OPTIONS', '/api/v1/namespaces/other/pods', '', 'api', '', 'v1', 'other', 'pods', '', '', ['pods']],
    // deletecollection verb identification
    ['DELETE', '/api/v1/nodes', 'deletecollection', 'api', '', 'v1', '', 'nodes', '', '', ['nodes']],
    [
      'DELETE',
      '/api/v1/namespaces',
      'deletecollection',
      'api',
      '',
      'v1',
      '',
      'namespaces',
      '',
      '',
      ['namespaces'],
    ],
    [
      'DELETE',
      '/api/v1/namespaces/other/pods',
      'deletecollection',
      'api',
      '',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    [
      'DELETE',
      '/apis/extensions/v1/namespaces/other/pods',
      'deletecollection',
      'apis',
      'extensions',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    // api group and version identification
    [
      'POST',
      '/apis/extensions/v1/namespaces/other/pods',
      'create',
      'apis',
      'extensions',
      'v1',
      'other',
      'pods',
      '',
      '',
      ['pods'],
    ],
    [
      'POST',
      '/apis/apps/v1beta3/namespaces/other/deployments',
      'create',
      'apis',
      'apps',
      'v1beta3',
      'other',
      'deployments',
      '',
      '',
      ['deployments'],
    ],
    [
      'GET',
      '/apis/apps/v1/deployments',
      'list',
      'apis',
      'apps',
      'v1',
      '',
      'deployments',
      '',
      '',
      ['deployments'],
    ],
    // trailing slash
    ['GET', '/api/v1/pods/', 'list', 'api', '', 'v1', '', 'pods', '', '', ['pods']],
  ])(
    '%s %s → %s',
    (method, url, verb, apiPrefix, apiGroup, apiVersion, namespace, resource, subresource, name, parts) => {
      const ri = info(method, url);
      expect(ri).toMatchObject({
        isResourceRequest: true,
        verb,
        apiPrefix,
        apiGroup,
        apiVersion,
        namespace,
        resource,
        subresource,
        name,
        parts,
      });
    },
  );

  it.each([
    ['no resource path', 'GET', '/', 'get'],
    ['just apiversion', 'GET', '/api/version/', 'get'],
    ['just prefix, group, version', 'GET', '/apis/group/version/', 'get'],
    ['bad prefix', 'GET', '/badprefix/version/resource', 'get'],
    ['missing api group', 'GET', '/apis/version/resource', 'get'],
    ['healthz', 'POST', '/healthz', 'post'],
    ['discovery', 'GET', '/apis/apps/v1', 'get'],
  ])('non-resource request: %s', (_name, method, url, verb) => {
    const ri = info(method, url);
    expect(ri.isResourceRequest).toBe(false);
    expect(ri.verb).toBe(verb);
    expect(ri.path).toBe(new URL(url, 'http://x').pathname);
    expect(ri.parts).toEqual([]);
  });

  it('fails for a special verb without a resource, keeping the partial info', () => {
    let err: unknown;
    try {
      info('GET', '/api/v1/watch?x=y');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RequestInfoError);
    expect((err as RequestInfoError).message).toBe(
      'unable to determine kind and namespace from url, /api/v1/watch?x=y',
    );
    expect((err as RequestInfoError).info).toMatchObject({
      isResourceRequest: true,
      apiVersion: 'v1',
      verb: 'get',
    });
  });

  // Go: TestFieldSelectorParsing
  it.each([
    ['no selector', '/apis/group/version/resource', '', 'list', undefined],
    [
      'metadata.name selector',
      '/apis/group/version/resource?fieldSelector=metadata.name=name1',
      'name1',
      'list',
      'metadata.name=name1',
    ],
    [
      'metadata.name selector with watch',
      '/apis/group/version/resource?watch=true&fieldSelector=metadata.name=name1',
      'name1',
      'watch',
      'metadata.name=name1',
    ],
    ['random selector', '/apis/group/version/resource?fieldSelector=foo=bar', '', 'list', 'foo=bar'],
    [
      'invalid selector with metadata.name',
      '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo',
      '',
      'list',
      'metadata.name=name1,foo',
    ],
    [
      'invalid selector with metadata.name with watch',
      '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=true',
      '',
      'watch',
      'metadata.name=name1,foo',
    ],
    [
      'invalid selector with metadata.name with watch false',
      '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=false',
      '',
      'list',
      'metadata.name=name1,foo',
    ],
    [
      'a name that is not a path segment',
      '/api/v1/pods?fieldSelector=metadata.name%3D..',
      '',
      'list',
      'metadata.name=..',
    ],
    [
      'a bad limit drops the name',
      '/api/v1/pods?fieldSelector=metadata.name=a&limit=x',
      '',
      'list',
      'metadata.name=a',
    ],
    [
      'a bad label selector drops the name',
      '/api/v1/pods?fieldSelector=metadata.name=a&labelSelector=%3D%3D',
      '',
      'list',
      'metadata.name=a',
    ],
  ])('%s', (_name, url, name, verb, fieldSelector) => {
    const ri = info('GET', url);
    expect(ri.name).toBe(name);
    expect(ri.verb).toBe(verb);
    expect(ri.fieldSelector).toBe(fieldSelector);
  });

  it('records label and field selectors only for list-like verbs not selected by a path prefix', () => {
    expect(info('GET', '/api/v1/pods?labelSelector=app%3Dweb').labelSelector).toBe('app=web');
    expect(info('DELETE', '/api/v1/namespaces/a/pods?labelSelector=app%3Dweb').labelSelector).toBe('app=web');
    expect(info('GET', '/api/v1/pods/p?labelSelector=app%3Dweb').labelSelector).toBeUndefined();
    expect(info('GET', '/api/v1/watch/pods?labelSelector=app%3Dweb').labelSelector).toBeUndefined();
  });

  it('honours custom prefixes', () => {
    const r = new RequestInfoFactory(new Set(['api', 'apis', 'legacy']), new Set(['api', 'legacy']));
    expect(
      r.newRequestInfo({ method: 'GET', path: '/legacy/v1/pods', query: new URLSearchParams() }),
    ).toMatchObject({
      isResourceRequest: true,
      apiPrefix: 'legacy',
      apiGroup: '',
      resource: 'pods',
    });
  });
});

describe('splitPath', () => {
  it.each([
    ['/', []],
    ['', []],
    ['/a/b/', ['a', 'b']],
    ['//a//b', ['a', '', 'b']],
  ])('%s', (p, parts) => expect(splitPath(p)).toEqual(parts));
});
