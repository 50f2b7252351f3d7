// Where this lesson shows other lines than the defaults: the versioning codec (decode, default, convert; and
// encode to the storage version), apps/v1beta1's defaults and generated conversions, the hand-written apps/v1
// conversion, the apps install (version priority) and StorageEncodingFor.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  // request 0: POST as apps/v1beta1
  'scheme.decode @0': {
    excerpt: 'versioning-decode',
    from: '1. bytes → the Go type',
    to: 'obj, gvk, err := c.decoder.Decode',
  },
  'scheme.default @0': {
    excerpt: 'v1beta1-deployment-defaults',
    from: 'labels := obj.Spec.Template.Labels',
    to: 'obj.Spec.RevisionHistoryLimit = ptr.To[int32](2)',
  },
  'scheme.convertToInternal @0': {
    excerpt: 'v1beta1-deployment-conversion',
    from: 'func autoConvert_v1beta1_Deployment_To_apps_Deployment',
    to: 'out.RollbackTo = (*apps.RollbackConfig)',
  },
  'storage.encode @0': {
    excerpt: 'versioning-encode',
    from: 'the internal apps.Deployment becomes a *v1.Deployment',
    to: 'out, err := c.convertor.ConvertToVersion(obj, c.encodeVersion)',
  },
  'etcd.txn @0': {
    excerpt: 'storage-encoding-for',
    from: 'otherwise the group',
    to: 'return o.scheme.PrioritizedVersionsForGroup(resource.Group)[0], nil',
  },
  'scheme.convertToExternal @0': {
    excerpt: 'v1beta1-deployment-conversion',
    from: '... Convert_apps_Deployment_To_v1beta1_Deployment for the way back',
  },
  // request 1: GET as apps/v1
  'chain.kubeAPIServer @1': {
    excerpt: 'apps-install',
    from: 'the order of preference',
    to: 'scheme.SetVersionPriority(',
  },
  'registry.storage @1': {
    excerpt: 'versioning-decode',
    from: 'if into != nil {',
    to: 'if err := c.convertor.Convert(obj, into, c.decodeVersion)',
  },
  'scheme.convertToExternal @1': {
    excerpt: 'apps-v1-deployment-conversion',
    from: 'func Convert_apps_Deployment_To_v1_Deployment',
    to: 'delete(out.Annotations, appsv1.DeprecatedRollbackTo)',
  },
  // request 2: GET as apps/v1beta1
  'chain.kubeAPIServer @2': {
    excerpt: 'apps-install',
    from: 'utilruntime.Must(v1beta1.AddToScheme(scheme))',
  },
  'registry.storage @2': {
    excerpt: 'storage-encoding-for',
    from: 'func (o *DefaultResourceEncodingConfig) InMemoryEncodingFor',
    to: 'return schema.GroupVersion{Group: resource.Group, Version: runtime.APIVersionInternal}, nil',
  },
  'scheme.convertToExternal @2': {
    excerpt: 'v1beta1-deployment-conversion',
    from: 'one function per pair of Go types',
    to: '... Convert_apps_Deployment_To_v1beta1_Deployment for the way back',
  },
};
