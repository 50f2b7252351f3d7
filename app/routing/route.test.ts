import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'index' }],
    ['#', { name: 'index' }],
    ['#/', { name: 'index' }],
    ['#/playground', { name: 'playground' }],
    ['#/playground/', { name: 'playground' }],
    ['#/live', { name: 'live' }],
    ['#/live/x', { name: 'notFound', hash: '#/live/x' }],
    ['#/trace', { name: 'trace' }],
    ['#/trace/x', { name: 'notFound', hash: '#/trace/x' }],
    ['#/lesson/01-create-a-pod', { name: 'lesson', id: '01-create-a-pod', step: 0 }],
    ['#/lesson/01-create-a-pod/step/17', { name: 'lesson', id: '01-create-a-pod', step: 17 }],
    ['#/lesson/a%20b/step/0', { name: 'lesson', id: 'a b', step: 0 }],
    ['#/lesson/x/step/-1', { name: 'notFound', hash: '#/lesson/x/step/-1' }],
    ['#/lesson/x/step/abc', { name: 'notFound', hash: '#/lesson/x/step/abc' }],
    ['#/lesson/%E0%A4%A/step/1', { name: 'notFound', hash: '#/lesson/%E0%A4%A/step/1' }],
    ['#/nowhere', { name: 'notFound', hash: '#/nowhere' }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { name: 'index' },
    { name: 'playground' },
    { name: 'live' },
    { name: 'trace' },
    { name: 'lesson', id: '01-create-a-pod', step: 0 },
    { name: 'lesson', id: 'a b/c', step: 123 },
  ])('formats and parses back %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it.each<[string, Route]>([
    ['#/scheme', { name: 'scheme' }],
    ['#/scheme/', { name: 'scheme' }],
    ['#/scheme/apps', { name: 'scheme', group: 'apps' }],
    ['#/scheme/core/v1', { name: 'scheme', group: '', version: 'v1' }],
    ['#/scheme/core/__internal/Pod', { name: 'scheme', group: '', version: '__internal', kind: 'Pod' }],
    [
      '#/scheme/apps/v1beta1/Deployment',
      { name: 'scheme', group: 'apps', version: 'v1beta1', kind: 'Deployment' },
    ],
    ['#/scheme/apps/v1/Deployment/extra', { name: 'notFound', hash: '#/scheme/apps/v1/Deployment/extra' }],
    ['#/scheme//v1/Pod', { name: 'notFound', hash: '#/scheme//v1/Pod' }],
    ['#/scheme/apps/%E0%A4%A', { name: 'notFound', hash: '#/scheme/apps/%E0%A4%A' }],
    ['#/schemes', { name: 'notFound', hash: '#/schemes' }],
  ])('parses the scheme route %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<[Route, string]>([
    [{ name: 'scheme' }, '#/scheme'],
    [{ name: 'scheme', group: '' }, '#/scheme/core'],
    [{ name: 'scheme', group: '', version: 'v1', kind: 'Pod' }, '#/scheme/core/v1/Pod'],
    [
      { name: 'scheme', group: 'apps', version: 'v1beta1', kind: 'Deployment' },
      '#/scheme/apps/v1beta1/Deployment',
    ],
    [{ name: 'scheme', group: 'a b', version: 'v/1', kind: 'K?' }, '#/scheme/a%20b/v%2F1/K%3F'],
  ])('formats %j as %s and parses it back', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<[string, Route]>([
    ['#/embed/01-create-a-pod', { name: 'embed', id: '01-create-a-pod' }],
    ['#/embed/01-create-a-pod?from=3&to=9', { name: 'embed', id: '01-create-a-pod', from: 3, to: 9 }],
    ['#/embed/01-create-a-pod?to=9', { name: 'embed', id: '01-create-a-pod', to: 9 }],
    ['#/embed/x?from=4&to=4', { name: 'embed', id: 'x', from: 4, to: 4 }],
    ['#/embed/a%20b?from=0', { name: 'embed', id: 'a b', from: 0 }],
    ['#/embed/x?from=5&to=2', { name: 'notFound', hash: '#/embed/x?from=5&to=2' }],
    ['#/embed/x?from=-1', { name: 'notFound', hash: '#/embed/x?from=-1' }],
    ['#/embed/x?from=abc', { name: 'notFound', hash: '#/embed/x?from=abc' }],
    ['#/embed/x?step=3', { name: 'notFound', hash: '#/embed/x?step=3' }],
    ['#/embed/x?from=1&from=2', { name: 'notFound', hash: '#/embed/x?from=1&from=2' }],
    ['#/embed/x/step/3', { name: 'notFound', hash: '#/embed/x/step/3' }],
    ['#/embed/?from=1', { name: 'notFound', hash: '#/embed/?from=1' }],
    ['#/embed', { name: 'notFound', hash: '#/embed' }],
    ['#/notes/01-create-a-pod', { name: 'notes', id: '01-create-a-pod' }],
    ['#/notes/a%2Fb', { name: 'notes', id: 'a/b' }],
    ['#/notes/%E0%A4%A', { name: 'notFound', hash: '#/notes/%E0%A4%A' }],
    ['#/notes', { name: 'notFound', hash: '#/notes' }],
    ['#/notes/x/y', { name: 'notFound', hash: '#/notes/x/y' }],
    ['#/playground?from=1', { name: 'notFound', hash: '#/playground?from=1' }],
  ])('parses the embed or notes route %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<[Route, string]>([
    [{ name: 'embed', id: '01-create-a-pod' }, '#/embed/01-create-a-pod'],
    [{ name: 'embed', id: '01-create-a-pod', from: 2, to: 7 }, '#/embed/01-create-a-pod?from=2&to=7'],
    [{ name: 'embed', id: 'a/b', to: 7 }, '#/embed/a%2Fb?to=7'],
    [{ name: 'notes', id: 'a b' }, '#/notes/a%20b'],
  ])('formats %j as %s and parses it back', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('formats a lesson step as the permalink the issue names', () => {
    expect(formatRoute({ name: 'lesson', id: '03-create-a-pod', step: 5 })).toBe(
      '#/lesson/03-create-a-pod/step/5',
    );
  });
});
