// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/predicates/object/matcher.go (MatchObjectSelector)
// @ v1.34.0
import { newInternalError, type StatusError } from '../../../../../api/errors/errors';
import type { RuntimeObject } from '../../../../../runtime/object';
import { labelSelectorAsSelector, type LabelSelector } from '../../../../../util/labels/labelselector';
import type { Selector } from '../../../../../util/labels/selector';
import type { Attributes } from '../../../../interfaces';

const matchObject = (obj: RuntimeObject | null, selector: Selector) =>
  obj !== null && typeof obj === 'object' && selector.matches(obj.metadata?.labels ?? {});

/**
 * MatchObjectSelector: the new or the old object carries matching labels. An empty selector matches every
 * request; a missing object (the old one on create, the new one on delete) never matches.
 */
export function matchObjectSelector(
  selector: LabelSelector | null | undefined,
  a: Attributes,
): { matches: boolean; error?: StatusError } {
  let s: Selector;
  try {
    s = labelSelectorAsSelector(selector);
  } catch (e) {
    return { matches: false, error: newInternalError(e as Error) };
  }
  if (s.empty()) return { matches: true };
  return { matches: matchObject(a.object, s) || matchObject(a.oldObject, s) };
}
