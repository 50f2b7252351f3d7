// Serving a custom resource: the Student CRD of the seed article, created and established, then Students
// through crdHandler: one with an unknown field and a missing default, one the schema refuses, a status update,
// the list as a Table, and a request for a version the CRD does not serve. The default server: everyone is the
// admin and no admission plugin runs, so what changes an object is the CRD's schema and strategy alone.
import type { HTTPRequest, ServerConfig } from '../../engine';
import type { Scenario } from '../types';
import { kubectlHeaders } from '../_shared/requests';

export const CRD_NAME = 'students.duyanghao.example.com';
export const crds = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
export const students = '/apis/duyanghao.example.com/v1/namespaces/default/students';

const withBody = (
  method: string,
  path: string,
  body: object,
  contentType = 'application/json',
): HTTPRequest => ({
  method,
  path,
  headers: { ...kubectlHeaders, 'Content-Type': contentType },
  body: JSON.stringify(body, null, 2),
});

const studentSchema = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        school: { type: 'string', default: 'Kubewalk High' },
        grade: { type: 'integer', minimum: 1, maximum: 12 },
        track: { type: 'string', enum: ['science', 'arts'] },
      },
    },
    status: {
      type: 'object',
      properties: {
        phase: { type: 'string', enum: ['Enrolled', 'Graduated'] },
      },
    },
  },
};

export const studentCRD = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: CRD_NAME },
  spec: {
    group: 'duyanghao.example.com',
    scope: 'Namespaced',
    names: { plural: 'students', singular: 'student', kind: 'Student', shortNames: ['stu'] },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: { openAPIV3Schema: studentSchema },
        subresources: { status: {} },
        additionalPrinterColumns: [
          { name: 'School', type: 'string', jsonPath: '.spec.school' },
          { name: 'Grade', type: 'integer', jsonPath: '.spec.grade' },
          { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
          // with columns of its own a CRD gets no Age unless it asks for it
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
      },
      {
        name: 'v1beta1',
        served: false,
        storage: false,
        schema: { openAPIV3Schema: studentSchema },
      },
    ],
  },
};

const config: ServerConfig = {
  clock: () => new Date('2025-08-27T10:00:00Z'),
  seed: 808,
};

export const scenario: Scenario = {
  config,
  setup: [],
  requests: [
    {
      title: {
        en: 'Create the Student CustomResourceDefinition',
        zh: '创建 Student 这个 CustomResourceDefinition',
      },
      request: withBody('POST', crds, studentCRD),
    },
    {
      title: { en: 'Read the CRD back: named and established', zh: '读回 CRD：名称已接受，已 Established' },
      request: { method: 'GET', path: `${crds}/${CRD_NAME}`, headers: kubectlHeaders },
    },
    {
      title: {
        en: 'Create a Student with an unknown field and no school',
        zh: '创建一个带未知字段、没有 school 的 Student',
      },
      request: withBody('POST', students, {
        apiVersion: 'duyanghao.example.com/v1',
        kind: 'Student',
        metadata: { name: 'ada' },
        spec: { name: 'Ada Lovelace', grade: 10, track: 'science', hobby: 'engines' },
      }),
    },
    {
      title: { en: 'Create a Student the schema refuses', zh: '创建一个被 schema 拒绝的 Student' },
      request: withBody('POST', students, {
        apiVersion: 'duyanghao.example.com/v1',
        kind: 'Student',
        metadata: { name: 'bob' },
        spec: { grade: 13, track: 'sports' },
      }),
    },
    {
      title: {
        en: "Set ada's status through the status subresource",
        zh: '通过 status 子资源设置 ada 的 status',
      },
      request: withBody(
        'PATCH',
        `${students}/ada/status`,
        { spec: { grade: 11 }, status: { phase: 'Enrolled' } },
        'application/merge-patch+json',
      ),
    },
    {
      title: {
        en: 'List the Students as a Table (kubectl get students)',
        zh: '以 Table 形式列出 Student（kubectl get students）',
      },
      request: {
        method: 'GET',
        path: students,
        headers: { ...kubectlHeaders, Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
      },
    },
    {
      title: {
        en: 'Ask for the version that is not served (v1beta1)',
        zh: '请求未提供服务的版本（v1beta1）',
      },
      request: {
        method: 'GET',
        path: '/apis/duyanghao.example.com/v1beta1/namespaces/default/students/ada',
        headers: kubectlHeaders,
      },
    },
  ],
};
