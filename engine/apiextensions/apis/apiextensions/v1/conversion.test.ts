import { describe, expect, it } from 'vitest';
import { studentCRD, studentSchema, toInternal, toV1 } from '../testing';

describe('CustomResourceDefinition v1 defaults and conversion', () => {
  it('defaults singular, listKind, the None conversion and storedVersions', () => {
    const crd = toInternal(studentCRD());
    expect(crd.spec.names).toEqual({
      plural: 'students',
      singular: 'student',
      shortNames: ['stu'],
      kind: 'Student',
      listKind: 'StudentList',
    });
    expect(crd.spec.conversion).toEqual({ strategy: 'None' });
    expect(crd.status?.storedVersions).toEqual(['v1']);
  });

  it('keeps a given singular and listKind', () => {
    const crd = toInternal(
      studentCRD({ names: { plural: 'students', singular: 'pupil', kind: 'Student', listKind: 'Pupils' } }),
    );
    expect(crd.spec.names.singular).toBe('pupil');
    expect(crd.spec.names.listKind).toBe('Pupils');
  });

  it('moves a schema shared by every version to spec.validation, sets spec.version, and back', () => {
    const v = (name: string, storage: boolean) => ({
      name,
      served: true,
      storage,
      schema: { openAPIV3Schema: studentSchema },
    });
    const crd = toInternal(studentCRD({ versions: [v('v1', true), v('v2', false)] }));
    expect(crd.spec.version).toBe('v1');
    expect(crd.spec.validation).toEqual({ openAPIV3Schema: studentSchema });
    expect(crd.spec.versions.map((x) => x.schema)).toEqual([undefined, undefined]);
    expect(crd.spec.preserveUnknownFields).toBe(false);
    const back = toV1(crd) as { spec: Record<string, unknown> };
    expect(back.spec['versions']).toEqual([v('v1', true), v('v2', false)]);
    expect(Object.keys(back.spec)).not.toContain('validation');
    expect(Object.keys(back.spec)).not.toContain('preserveUnknownFields');
  });

  it('leaves different per-version schemas in place', () => {
    const other = { type: 'object', properties: { spec: { type: 'object' } } };
    const crd = toInternal(
      studentCRD({
        versions: [
          { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: studentSchema } },
          { name: 'v2', served: true, storage: false, schema: { openAPIV3Schema: other } },
        ],
      }),
    );
    expect(crd.spec.validation).toBeUndefined();
    expect(crd.spec.versions[1]!.schema).toEqual({ openAPIV3Schema: other });
  });

  it('flattens a conversion webhook and nests it again', () => {
    const webhook = {
      clientConfig: { service: { namespace: 'default', name: 'conv', port: 8443 } },
      conversionReviewVersions: ['v1'],
    };
    const crd = toInternal(studentCRD({ conversion: { strategy: 'Webhook', webhook } }));
    expect(crd.spec.conversion).toEqual({
      strategy: 'Webhook',
      conversionReviewVersions: ['v1'],
      webhookClientConfig: webhook.clientConfig,
    });
    expect((toV1(crd) as { spec: { conversion: unknown } }).spec.conversion).toEqual({
      strategy: 'Webhook',
      webhook,
    });
  });
});
