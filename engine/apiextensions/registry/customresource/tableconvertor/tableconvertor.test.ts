import { describe, expect, it } from 'vitest';
import { cellForJSONValue, newTableConvertor, parseSimpleJSONPath } from './tableconvertor';

const now = new Date('2025-08-27T10:00:00Z');

describe('tableconvertor', () => {
  it.each([
    ['.spec.x', [{ key: 'spec' }, { key: 'x' }]],
    [
      '{.status.conditions[0].type}',
      [{ key: 'status' }, { key: 'conditions' }, { index: 0 }, { key: 'type' }],
    ],
    [".metadata.labels['app']", [{ key: 'metadata' }, { key: 'labels' }, { key: 'app' }]],
    ['spec.x', null],
    ['.spec[*].x', null],
  ])('parses %s', (path, want) => {
    expect(parseSimpleJSONPath(path)).toEqual(want);
  });

  it.each([
    ['integer', 3.7, 3],
    ['integer', 'x', null],
    ['number', 2, 2],
    ['boolean', true, true],
    ['boolean', 'true', null],
    ['string', 's', 's'],
    ['date', '2025-08-27T09:58:00Z', '2m'],
    ['date', 'yesterday', '<invalid>'],
    ['date', 5, null],
  ])('a %s column shows %j as %j', (type, value, want) => {
    expect(cellForJSONValue(type, value, now)).toEqual(want);
  });

  it('starts with Name, describes columns by their JSONPath, prints missing values as null', () => {
    const t = newTableConvertor([
      { name: 'Image', type: 'string', jsonPath: '.spec.image' },
      { name: 'Ready', type: 'boolean', jsonPath: '.status.ready', description: 'is it ready', priority: 1 },
      { name: 'Raw', type: 'string', jsonPath: '.spec.map' },
    ]);
    expect(t.columns.map((c) => [c.name, c.type, c.description, c.priority])).toEqual([
      ['Name', 'string', expect.stringContaining('Name must be unique') as unknown, 0],
      ['Image', 'string', 'Custom resource definition column (in JSONPath format): .spec.image', 0],
      ['Ready', 'boolean', 'is it ready', 1],
      ['Raw', 'string', 'Custom resource definition column (in JSONPath format): .spec.map', 0],
    ]);
    const cells = t.cells({ metadata: { name: 'a' }, spec: { image: 'nginx', map: { b: 1, a: 'x' } } }, now);
    expect(cells).toEqual(['a', 'nginx', null, 'map[a:x b:1]']);
  });
});
