import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PodDef } from '../../../apis/core/v1/pod_types';
import { ConfigMapDef } from '../../../apis/core/v1/configmap_types';
import { JSONDecodeError, decodeStruct, encodeStructCompact, marshal, orderStruct } from './gojson';

describe('encoding', () => {
  it('writes Go field order, omitempty, non-omitempty zero structs and sorted map keys', () => {
    const pod = {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'p', labels: { z: '1', a: '<&>' } },
      spec: { containers: [{ name: 'c', image: 'i' }] },
    };
    expect(encodeStructCompact(PodDef, pod)).toBe(
      '{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","creationTimestamp":null,"labels":{"a":"\\u003c\\u0026\\u003e","z":"1"}},"spec":{"containers":[{"name":"c","image":"i","resources":{}}]},"status":{}}',
    );
  });

  it('the direct encoder writes exactly what marshal(orderStruct()) writes', () => {
    const strings = fc.string({
      maxLength: 6,
      unit: fc.constantFrom('a', '<', '&', '"', '\u2028', 'é', '\\'),
    });
    const cm = fc.record(
      {
        kind: fc.constant('ConfigMap'),
        apiVersion: fc.constant('v1'),
        metadata: fc.record(
          {
            name: strings,
            labels: fc.dictionary(strings, strings, { maxKeys: 3 }),
            finalizers: fc.array(strings, { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
        data: fc.dictionary(strings, strings, { maxKeys: 4 }),
        immutable: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(cm, (obj) => {
        expect(encodeStructCompact(ConfigMapDef, obj)).toBe(marshal(orderStruct(ConfigMapDef, obj)));
      }),
    );
  });
});

describe('strict decoding', () => {
  it.each([
    [
      'a string for a list',
      { spec: { containers: 'x' } },
      'json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
    ],
    [
      'a fraction for an int',
      { spec: { terminationGracePeriodSeconds: 1.5 } },
      'json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64',
    ],
    [
      'an object for a string',
      { metadata: { name: {} } },
      'json: cannot unmarshal object into Go struct field ObjectMeta.metadata.name of type string',
    ],
    [
      'a number inside a container',
      { spec: { containers: [{ image: 5 }] } },
      'json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string',
    ],
  ])('%s', (_name, value, message) => {
    expect(() => decodeStruct(PodDef, value)).toThrow(new JSONDecodeError(message));
  });

  it('reports unknown fields with their path, indices included, and drops them', () => {
    const { obj, strictErrors } = decodeStruct(PodDef, {
      spec: { foo: 1, containers: [{ name: 'c', imagee: 'x' }] },
    });
    expect(strictErrors).toEqual(['unknown field "spec.foo"', 'unknown field "spec.containers[0].imagee"']);
    expect(obj).toEqual({ spec: { containers: [{ name: 'c' }] } });
  });

  it('keeps __proto__ as an ordinary map key', () => {
    const { obj } = decodeStruct(ConfigMapDef, JSON.parse('{"data":{"__proto__":"x"}}'));
    expect(Object.keys(obj.data as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(obj.data)).toBe(Object.prototype);
  });
});
