// Where this lesson shows other lines than the defaults: the scheme's two maps (GVK → Go type, Go type → GVKs),
// AddKnownTypes, ObjectKinds and New, and the error New returns for a kind nobody registered.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  // request 0: a ConfigMap
  'scheme.decode @0': {
    excerpt: 'scheme-known-types',
    from: 'func (s *Scheme) New(',
    to: 'return reflect.New(t).Interface().(Object), nil',
  },
  'scheme.convertToExternal @0': {
    excerpt: 'scheme-known-types',
    from: 'func (s *Scheme) ObjectKinds(',
    to: 'return gvks, unversionedType, nil',
  },
  // request 1: kind Foo
  'exit.400 @1': {
    excerpt: 'scheme-known-types',
    from: '... unversioned kinds',
    to: 'return nil, NewNotRegisteredErrForKind',
  },
  // request 2: apps/v1beta1, in the scheme but not installed
  'chain.kubeAPIServer @2': {
    excerpt: 'scheme-known-types',
    from: 'AddKnownTypes registers Go types',
    to: 's.AddKnownTypeWithName(gv.WithKind(t.Name()), obj)',
  },
};
