// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/types.go (APIService, APIServiceList,
// ServiceReference, APIServiceSpec, APIServiceCondition, APIServiceStatus) @ v1.34.0
//
// `spec.service` has no omitempty (`json:"service"`): a local APIService encodes `"service":null`.
// `groupPriorityMinimum` and `versionPriority` have none either, so they always appear. v1beta1 has the very
// same structs, so both packages build their declarations here.
import { listDef, objectMeta, typeMetaFields } from '../../../../apis/meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../../runtime/gotype';
import type { GoType } from '../../../../runtime/object';

export const pkg = 'k8s.io/kube-aggregator/pkg/apis/apiregistration/v1';

export interface APIServiceDefs {
  ServiceReference: StructDef;
  APIServiceSpec: StructDef;
  APIServiceCondition: StructDef;
  APIServiceStatus: StructDef;
  APIService: StructDef;
  APIServiceList: StructDef;
}

/** The declarations of one package (v1 or v1beta1): the structs are identical. */
export function apiServiceDefs(pkgPath: string): APIServiceDefs {
  const alias = pkgPath.split('/').pop()!;
  const ServiceReference = struct(pkgPath, 'ServiceReference', [
    opt('namespace', t.string, { doc: 'Namespace is the namespace of the service' }),
    opt('name', t.string, { doc: 'Name is the name of the service' }),
    opt('port', t.ptr(t.int32), {
      doc: 'If specified, the port on the service that hosting webhook. Default to 443 for backward compatibility. `port` should be a valid port number (1-65535, inclusive).',
    }),
  ]);
  const APIServiceSpec = struct(pkgPath, 'APIServiceSpec', [
    req('service', t.ptr(t.struct(() => ServiceReference)), {
      doc: 'Service is a reference to the service for this API server.  It must communicate on port 443. If the Service is nil, that means the handling for the API groupversion is handled locally on this server. The call will simply delegate to the normal handler chain to be fulfilled.',
    }),
    opt('group', t.string, { doc: 'Group is the API group name this server hosts' }),
    opt('version', t.string, { doc: 'Version is the API version this server hosts.  For example, "v1"' }),
    opt('insecureSkipTLSVerify', t.bool, {
      doc: 'InsecureSkipTLSVerify disables TLS certificate verification when communicating with this server. This is strongly discouraged.  You should use the CABundle instead.',
    }),
    opt('caBundle', t.bytes, {
      doc: "CABundle is a PEM encoded CA bundle which will be used to validate an API server's serving certificate. If unspecified, system trust roots on the apiserver are used.",
    }),
    req('groupPriorityMinimum', t.int32, {
      doc: 'GroupPriorityMininum is the priority this group should have at least. Higher priority means that the group is preferred by clients over lower priority ones.',
    }),
    req('versionPriority', t.int32, {
      doc: 'VersionPriority controls the ordering of this API version inside of its group.  Must be greater than zero.',
    }),
  ]);
  const APIServiceCondition = struct(pkgPath, 'APIServiceCondition', [
    req('type', t.named(`${alias}.APIServiceConditionType`), { doc: 'Type is the type of the condition.' }),
    req('status', t.named(`${alias}.ConditionStatus`), {
      doc: 'Status is the status of the condition. Can be True, False, Unknown.',
    }),
    opt('lastTransitionTime', t.time, {
      doc: 'Last time the condition transitioned from one status to another.',
    }),
    opt('reason', t.string, {
      doc: "Unique, one-word, CamelCase reason for the condition's last transition.",
    }),
    opt('message', t.string, { doc: 'Human-readable message indicating details about last transition.' }),
  ]);
  const APIServiceStatus = struct(pkgPath, 'APIServiceStatus', [
    opt('conditions', t.slice(t.struct(() => APIServiceCondition)), {
      patchStrategy: 'merge',
      patchMergeKey: 'type',
      doc: 'Current service state of apiService.',
    }),
  ]);
  const APIService = struct(pkgPath, 'APIService', [
    ...typeMetaFields(),
    objectMeta(),
    opt(
      'spec',
      t.struct(() => APIServiceSpec),
      {
        doc: 'Spec contains information for locating and communicating with a server',
      },
    ),
    opt(
      'status',
      t.struct(() => APIServiceStatus),
      { doc: 'Status contains derived information about an API server' },
    ),
  ]);
  const APIServiceList = listDef(pkgPath, 'APIServiceList', () => APIService);
  return {
    ServiceReference,
    APIServiceSpec,
    APIServiceCondition,
    APIServiceStatus,
    APIService,
    APIServiceList,
  };
}

export const defs = apiServiceDefs(pkg);

export const V1APIService: GoType = { pkg, name: 'APIService', def: defs.APIService };
export const V1APIServiceList: GoType = { pkg, name: 'APIServiceList', def: defs.APIServiceList };
