// Where this lesson shows other lines than the defaults: the naming and establishing controllers behind the CRD's
// conditions, crdHandler's checks and dispatch, serveResource, the schema-coercing decoder with pruning, structural
// defaulting, the custom resource strategies and schema validation, and the Table convertor. Requests 0 and 1 are
// about the CRD itself, so the Student overrides are keyed by request.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  // the CRD (0, 1): its status is written by two controllers after the create
  'exit.201 @0': {
    excerpt: 'naming-controller',
    from: 'if namesAcceptedCondition.Status == apiextensionsv1.ConditionUnknown {',
    to: 'establishedCondition.Message = "the initial names have been accepted"',
  },
  'registry.storage @1': {
    excerpt: 'establishing-controller',
    from: 'crd := cachedCRD.DeepCopy()',
    to: '_, err = ec.crdClient.CustomResourceDefinitions().UpdateStatus',
  },
  // ada (2): served info built, serveResource, decode and prune, default, strategy
  'handler.negotiate @2': {
    excerpt: 'serve-resource',
    from: 'case "create":',
    to: 'return handlers.CreateResource(storage, requestScope, r.admission)',
  },
  'scheme.decode @2': {
    excerpt: 'structural-prune',
    from: 'for k, v := range x {',
    to: 'opts.RecordUnknownField(k) // becomes',
  },
  'scheme.default @2': {
    excerpt: 'structural-default',
    from: 'for k, prop := range s.Properties {',
    to: 'x[k] = runtime.DeepCopyJSONValue(prop.Default.Object) // spec.school',
  },
  'scheme.convertToInternal @2': {
    excerpt: 'crd-serving-info',
    from: 'HubGroupVersion: kind.GroupVersion()',
  },
  'registry.prepareForCreate @2': {
    excerpt: 'cr-strategy',
    from: 'func (a customResourceStrategy) PrepareForCreate',
    to: 'accessor.SetGeneration(1)',
  },
  'registry.validate @2': {
    excerpt: 'cr-strategy',
    from: 'var errs field.ErrorList',
    to: 'return errs',
  },
  // bob (3): the cached serving info, nothing to prune, and three schema errors
  'crd.servingInfo @3': {
    excerpt: 'crd-serving-info',
    from: 'if ret, ok := r.customStorage.Load()',
    to: 'return ret, nil // the usual case',
  },
  'scheme.decode @3': {
    excerpt: 'schema-coercing-decoder',
    from: 'obj, gvk, err := d.delegate.Decode(data, defaults, into)',
    to: 'return obj, gvk, nil',
  },
  'registry.validate @3': {
    excerpt: 'schema-validate',
    from: 'switch err.Code() {',
    to: 'allErrs = append(allErrs, field.Invalid(errPath, valueOrEmpty(err), err.Error()))',
  },
  // the status patch (4): serveStatus, and the status strategy inside GuaranteedUpdate
  'crd.servingInfo @4': {
    excerpt: 'crd-handler-serve',
    from: 'switch {',
    to: 'handlerFunc = r.serveStatus(',
  },
  'scheme.decode @4': {
    excerpt: 'schema-coercing-decoder',
    from: 'func (v *unstructuredSchemaCoercer) apply(',
    to: 'return unknownFieldPaths, err',
  },
  'admission.validating @4': {
    excerpt: 'cr-status-strategy',
    from: 'status, ok := newCustomResource["status"]',
    to: 'delete(newCustomResource, "status")',
  },
  // the Table (5)
  'response.encode @5': {
    excerpt: 'cr-table-convertor',
    from: 'cells[0] = name',
    to: 'return cells, nil',
  },
  // v1beta1 (6): served: false, so crdHandler hands the request on
  'chain.apiextensions @6': {
    excerpt: 'crd-handler-serve',
    from: 'if !apiextensionshelpers.HasServedCRDVersion(crd, requestInfo.APIVersion) {',
    to: 'return',
  },
};
