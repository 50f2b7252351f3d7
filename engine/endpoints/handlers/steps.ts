// The handler sub-steps a request passes, named where the Go handler does that work (its trace.Step
// calls, e.g. "About to convert to expected version"). The flow tracer subscribes to them.
import type { RuntimeObject } from '../../runtime/object';

export type HandlerStep =
  | 'servingInfo'
  | 'negotiate'
  | 'readBody'
  | 'decode'
  | 'default'
  | 'convertToInternal'
  | 'admission.mutating'
  | 'registry.prepareForCreate'
  | 'registry.validate'
  | 'registry.canonicalize'
  | 'admission.validating'
  | 'storage'
  | 'watchStart'
  | 'watchEvent'
  | 'convertToExternal'
  | 'encode'
  | 'write';

export interface StepHooks {
  /** Called as each step completes, with the object as it is at that point and details. */
  step(step: HandlerStep, obj: RuntimeObject | null, details?: Record<string, unknown>): void | Promise<void>;
}
