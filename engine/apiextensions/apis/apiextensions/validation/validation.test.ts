import { describe, expect, it } from 'vitest';
import { studentCRD, studentSchema, toInternal } from '../testing';
import type { CustomResourceDefinition } from '../types';
import { validateCustomResourceDefinition, validateCustomResourceDefinitionUpdate } from './validation';

const messages = (crd: CustomResourceDefinition) =>
  validateCustomResourceDefinition(crd).map((e) => e.error());

const v1 = { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: studentSchema } };

describe('validateCustomResourceDefinition', () => {
  it('accepts the Student CRD', () => {
    expect(messages(toInternal(studentCRD()))).toEqual([]);
  });

  it.each([
    [
      'a name other than plural.group',
      { ...studentCRD(), metadata: { name: 'pupils.duyanghao.example.com' } },
      [
        'metadata.name: Invalid value: "pupils.duyanghao.example.com": must be spec.names.plural+"."+spec.group',
      ],
    ],
    [
      'a group without a dot',
      studentCRD({ group: 'example' }, 'students.example'),
      ['spec.group: Invalid value: "example": should be a domain with at least one dot'],
    ],
    [
      'a group that is not a DNS subdomain',
      studentCRD({ group: 'Example.com' }, 'students.Example.com'),
      [
        "metadata.name: Invalid value: \"students.Example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        "spec.group: Invalid value: \"Example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'an unknown scope',
      studentCRD({ scope: 'Global' }),
      ['spec.scope: Unsupported value: "Global": supported values: "Cluster", "Namespaced"'],
    ],
    ['no scope', studentCRD({ scope: '' }), ['spec.scope: Required value']],
    [
      'an upper-case plural',
      studentCRD({ names: { plural: 'Students', kind: 'Student' } }, 'Students.duyanghao.example.com'),
      [
        "metadata.name: Invalid value: \"Students.duyanghao.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        "spec.names.plural: Invalid value: \"Students\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    [
      'a kind with a dot',
      studentCRD({ names: { plural: 'students', kind: 'Stu.dent' } }),
      [
        "spec.names.kind: Invalid value: \"Stu.dent\": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        "spec.names.listKind: Invalid value: \"Stu.dentList\": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        "spec.names.singular: Invalid value: \"stu.dent\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    [
      'no kind',
      studentCRD({ names: { plural: 'students' } }),
      [
        'spec.names.singular: Required value',
        'spec.names.kind: Required value',
        'spec.names.listKind: Required value',
      ],
    ],
    [
      'kind and listKind the same',
      studentCRD({ names: { plural: 'students', kind: 'Student', listKind: 'Student' } }),
      ['spec.names.listKind: Invalid value: "Student": kind and listKind may not be the same'],
    ],
    [
      'no storage version',
      studentCRD({ versions: [{ ...v1, storage: false }] }),
      [
        'spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{apiextensions.CustomResourceDefinitionVersion{Name:"v1", Served:true, Storage:false, Deprecated:false, DeprecationWarning:(*string)(nil), Schema:(*apiextensions.CustomResourceValidation)(nil), Subresources:(*apiextensions.CustomResourceSubresources)(nil), AdditionalPrinterColumns:[]apiextensions.CustomResourceColumnDefinition(nil), SelectableFields:[]apiextensions.SelectableField(nil)}}: must have exactly one version marked as storage version',
        'status.storedVersions: Invalid value: []string{}: must have at least one stored version',
      ],
    ],
    [
      'a version name that is not a DNS-1035 label',
      studentCRD({ versions: [{ ...v1, name: 'V1' }] }),
      [
        "spec.versions[0].name: Invalid value: \"V1\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        "spec.version: Invalid value: \"V1\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    [
      'no schema',
      studentCRD({ versions: [{ name: 'v1', served: true, storage: true }] }),
      ['spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required'],
    ],
    [
      'a printer column with a bad type and no jsonPath',
      studentCRD({
        versions: [{ ...v1, additionalPrinterColumns: [{ name: 'School', type: 'text', jsonPath: '' }] }],
      }),
      [
        'spec.additionalPrinterColumns[0].type: Invalid value: "text": must be one of boolean,date,integer,number,string',
        'spec.additionalPrinterColumns[0].JSONPath: Required value',
      ],
    ],
    [
      'a scale path outside .spec',
      studentCRD({
        versions: [
          {
            ...v1,
            subresources: {
              scale: { specReplicasPath: '.status.replicas', statusReplicasPath: 'status.replicas' },
            },
          },
        ],
      }),
      [
        'spec.subresources.scale.specReplicasPath: Invalid value: ".status.replicas": should be a json path under .spec',
        'spec.subresources.scale.statusReplicasPath: Invalid value: "status.replicas": must be a simple json path starting with .',
      ],
    ],
    [
      'preserveUnknownFields: true',
      studentCRD({ preserveUnknownFields: true }),
      [
        'spec.preserveUnknownFields: Invalid value: true: cannot set to true, set x-kubernetes-preserve-unknown-fields to true in spec.versions[*].schema instead',
      ],
    ],
    [
      'a schema type that is not OpenAPI v3',
      studentCRD({
        versions: [
          { ...v1, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'map' } } } } },
        ],
      }),
      [
        'spec.validation.openAPIV3Schema.properties[spec].type: Unsupported value: "map": supported values: "array", "boolean", "integer", "number", "object", "string"',
      ],
    ],
    [
      'uniqueItems and $ref',
      studentCRD({
        versions: [
          {
            ...v1,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: { tags: { type: 'array', uniqueItems: true, items: { $ref: '#/x' } } },
              },
            },
          },
        ],
      }),
      [
        'spec.validation.openAPIV3Schema.properties[tags].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
        'spec.validation.openAPIV3Schema.properties[tags].items.$ref: Forbidden: $ref is not supported',
      ],
    ],
    [
      'a default in top-level metadata',
      studentCRD({
        versions: [
          {
            ...v1,
            schema: {
              openAPIV3Schema: { type: 'object', properties: { metadata: { type: 'object', default: {} } } },
            },
          },
        ],
      }),
      [
        'spec.validation.openAPIV3Schema.properties[metadata].default: Forbidden: must not be set in top-level metadata',
      ],
    ],
    [
      'a protected group without approval',
      studentCRD({ group: 'stable.k8s.io' }, 'students.stable.k8s.io'),
      [
        'metadata.annotations[api-approved.kubernetes.io]: Required value: protected groups must have approval annotation "api-approved.kubernetes.io", see https://github.com/kubernetes/enhancements/pull/1111',
      ],
    ],
  ])('refuses %s', (_name, crd, want) => {
    const errs = messages(toInternal(crd));
    for (const w of want) expect(errs).toContain(w);
    expect(errs).toHaveLength(want.length);
  });

  it('two versions need unique names and exactly one storage version', () => {
    const crd = toInternal(studentCRD({ versions: [v1, { ...v1 }] }));
    const errs = messages(crd).map((m) => m.replace(/\[\]apiextensions.*\}\}: /, '…: '));
    expect(errs).toEqual([
      'spec.versions: Invalid value: …: must contain unique version names',
      'spec.versions: Invalid value: …: must have exactly one version marked as storage version',
      // the map of stored versions loses v1 at the first version, so the second misses it (as in Go)
      'status.storedVersions: Invalid value: []string{"v1"}: must have the storage version v1',
    ]);
  });

  it('a schema every version shares is checked at spec.validation (the internal top level), as Go reports it', () => {
    const schema = {
      openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', uniqueItems: true } } },
    };
    const crd = toInternal(
      studentCRD({
        versions: [
          { ...v1, schema },
          { ...v1, name: 'v2', storage: false, schema },
        ],
      }),
    );
    expect(messages(crd)).toEqual([
      'spec.validation.openAPIV3Schema.properties[spec].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
    ]);
  });

  it('different schemas per version are checked at spec.versions[i].schema', () => {
    const bad = {
      openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', uniqueItems: true } } },
    };
    const crd = toInternal(
      studentCRD({ versions: [v1, { ...v1, name: 'v2', storage: false, schema: bad }] }),
    );
    expect(messages(crd)).toEqual([
      'spec.versions[1].schema.openAPIV3Schema.properties[spec].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic',
    ]);
  });
});

describe('validateCustomResourceDefinitionUpdate', () => {
  const established = (crd: CustomResourceDefinition) => {
    crd.metadata = { ...crd.metadata, resourceVersion: '5' };
    crd.status = { ...crd.status!, conditions: [{ type: 'Established', status: 'True' }] };
    return crd;
  };

  it('keeps group and plural, and scope and kind once established', () => {
    const old = established(toInternal(studentCRD()));
    const crd = established(
      toInternal(studentCRD({ scope: 'Cluster', names: { plural: 'students', kind: 'Pupil' } })),
    );
    expect(validateCustomResourceDefinitionUpdate(crd, old).map((e) => e.error())).toEqual([
      'spec.scope: Invalid value: "Cluster": field is immutable',
      'spec.names.kind: Invalid value: "Pupil": field is immutable',
    ]);
  });

  it('may change scope and kind before it is established', () => {
    const old = toInternal(studentCRD());
    old.metadata!.resourceVersion = '5';
    const crd = toInternal(studentCRD({ scope: 'Cluster' }));
    crd.metadata!.resourceVersion = '5';
    expect(validateCustomResourceDefinitionUpdate(crd, old)).toEqual([]);
  });

  it('a stored version may not leave spec.versions', () => {
    const old = established(toInternal(studentCRD()));
    const crd = established(toInternal(studentCRD({ versions: [{ ...v1, name: 'v2' }] })));
    crd.status!.storedVersions = ['v1', 'v2'];
    expect(validateCustomResourceDefinitionUpdate(crd, old).map((e) => e.error())).toEqual([
      'status.storedVersions[0]: Invalid value: "v1": missing from spec.versions; v1 was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in v1 and removes v1 from status.storedVersions',
    ]);
  });
});
