// Where this lesson shows other lines than the defaults: the create handler, the Pod's own strategy and
// defaults, and DryRunnableStorage for the dry run (request 1).
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  'handler.negotiate': {
    excerpt: 'create-handler',
    from: 'outputMediaType, _, err := negotiation.NegotiateOutputMediaType',
  },
  'handler.readBody': { excerpt: 'create-handler', from: 'body, err := limitedReadBodyWithRecordMetric' },
  'scheme.decode': {
    excerpt: 'create-handler',
    from: 'one call decodes',
    to: 'obj, gvk, err := decoder.Decode',
  },
  'scheme.default': {
    excerpt: 'pod-defaults',
    from: 'if obj.ImagePullPolicy == ""',
    to: 'obj.ImagePullPolicy = v1.PullIfNotPresent',
  },
  'admission.mutating': {
    excerpt: 'create-handler',
    from: 'if mutatingAdmission, ok',
    to: 'if err := mutatingAdmission.Admit',
  },
  'registry.prepareForCreate': {
    excerpt: 'pod-strategy',
    from: 'pod.Generation = 1',
    to: 'podutil.DropDisabledPodFields',
  },
  'admission.validating': {
    excerpt: 'store-create',
    from: 'validating admission, on a copy',
    to: 'if err := createValidation',
  },
  'storage.encode @1': { excerpt: 'dryrun-create', from: 'data, err := runtime.Encode(s.Codec, in)' },
  'registry.storage @1': { excerpt: 'dryrun-create', from: 'if dryRun {', to: 'return s.copyInto(obj, out)' },
  'exit.201': {
    excerpt: 'create-handler',
    from: 'transformResponseObject(ctx, scope, req, w, http.StatusCreated',
  },
  'exit.422 @2': {
    excerpt: 'pod-strategy',
    from: 'a container without an image',
    to: 'return corevalidation.ValidatePodCreate',
  },
};
