// Test fixtures: a v1 CRD (the Student example) and its internal form after defaulting and conversion, as the
// API server would hand it to the strategy.
import { copyJSON, setType, type RuntimeObject } from '../../../runtime/object';
import { groupVersioner } from '../../../runtime/scheme';
import { newApiextensionsScheme } from '../../scheme';
import type { CustomResourceDefinition } from './types';
import { V1CustomResourceDefinition } from './v1/types';

const { scheme } = newApiextensionsScheme();

export const studentSchema = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: { name: { type: 'string' }, school: { type: 'string' } },
    },
  },
};

/** The Student CRD of duyanghao.example.com, as a client posts it; `spec` fields override the defaults. */
export function studentCRD(spec: Record<string, unknown> = {}, name = 'students.duyanghao.example.com') {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name },
    spec: {
      group: 'duyanghao.example.com',
      versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: studentSchema } }],
      scope: 'Namespaced',
      names: { plural: 'students', kind: 'Student', shortNames: ['stu'] },
      ...spec,
    },
  };
}

/** Defaults the v1 object and converts it to the internal type. */
export function toInternal(v1: object): CustomResourceDefinition {
  const obj = setType(copyJSON(v1) as RuntimeObject, V1CustomResourceDefinition) as RuntimeObject;
  scheme.default(obj);
  return scheme.convertToVersion(
    obj,
    groupVersioner({ group: 'apiextensions.k8s.io', version: '__internal' }),
  ) as CustomResourceDefinition;
}

/** Converts an internal CRD back to v1 (what the API answers). */
export function toV1(crd: CustomResourceDefinition): Record<string, unknown> {
  return scheme.convertToVersion(
    crd,
    groupVersioner({ group: 'apiextensions.k8s.io', version: 'v1' }),
  ) as Record<string, unknown>;
}
