// Go twin: k8s.io/kubernetes/pkg/registry/authorization/util/helpers.go (ResourceAttributesFrom,
// NonResourceAttributesFrom, AuthorizationAttributesFrom, BuildEvaluationError, labelSelectorAsSelector,
// fieldSelectorAsSelector, matchAllVersionIfEmpty) @ v1.34.0
//
// Turns a review's spec into the attributes an authorizer judges, exactly as if the request had been made.
import { authorize, type Attributes, type Authorizer } from '../../../endpoints/filters/authorization';
import type { UserInfo } from '../../../endpoints/request/context';
import { parseSelector } from '../../../util/fields/selector';
import { parse as parseLabelSelector } from '../../../util/labels/selector';
import type { LabelSelectorRequirement } from '../../../util/labels/labelselector';
import type {
  FieldSelectorAttributes,
  FieldSelectorRequirement,
  LabelSelectorAttributes,
  NonResourceAttributes,
  ResourceAttributes,
  SubjectAccessReviewSpec,
  SubjectAccessReviewStatus,
} from '../../../apis/authorization/types';

/** The attributes plus how the selectors fared (Go keeps parsing errors on the AttributesRecord). */
export interface ReviewAttributes {
  attributes: Attributes;
  fieldSelector?: SelectorOutcome;
  labelSelector?: SelectorOutcome;
}

/** Requirements kept (as a selector string) and whether some or all of the selector was dropped. */
interface SelectorOutcome {
  selector: string;
  parseError: boolean;
}

/** matchAllVersionIfEmpty */
const matchAllVersionIfEmpty = (version: string) => (version === '' ? '*' : version);

/** ResourceAttributesFrom: a resource request by `user`; an empty version means every version. */
export function resourceAttributesFrom(user: UserInfo, ra: ResourceAttributes): ReviewAttributes {
  const attributes: Attributes = {
    user,
    verb: ra.verb ?? '',
    namespace: ra.namespace ?? '',
    apiGroup: ra.group ?? '',
    apiVersion: matchAllVersionIfEmpty(ra.version ?? ''),
    resource: ra.resource ?? '',
    subresource: ra.subresource ?? '',
    name: ra.name ?? '',
    resourceRequest: true,
    path: '',
  };
  const out: ReviewAttributes = { attributes };
  const labels = ra.labelSelector && labelSelectorOutcome(ra.labelSelector);
  if (labels) {
    out.labelSelector = labels;
    if (labels.selector) attributes.labelSelector = labels.selector;
  }
  const fields = ra.fieldSelector && fieldSelectorOutcome(ra.fieldSelector);
  if (fields) {
    out.fieldSelector = fields;
    if (fields.selector) attributes.fieldSelector = fields.selector;
  }
  return out;
}

/**
 * labelSelectorAsSelector / fieldSelectorAsSelector: a raw selector is used when it parses; requirements win over
 * it, and those `term` cannot express (null) are dropped.
 */
function selectorOutcome<R>(
  s: { rawSelector?: string; requirements?: R[] },
  parse: (raw: string) => unknown,
  term: (r: R) => string | null,
): SelectorOutcome | undefined {
  let outcome: SelectorOutcome | undefined;
  if (s.rawSelector) {
    try {
      parse(s.rawSelector);
      outcome = { selector: s.rawSelector, parseError: false };
    } catch {
      outcome = { selector: '', parseError: true };
    }
  }
  const reqs = s.requirements ?? [];
  if (reqs.length > 0) {
    const terms = reqs.map(term);
    const kept = terms.filter((t): t is string => t !== null);
    outcome = { selector: kept.join(','), parseError: kept.length !== terms.length };
  }
  return outcome;
}

/** A label requirement as selector text; null for an unknown operator (`"Foo" is not a valid label selector operator`). */
function labelTerm(r: LabelSelectorRequirement): string | null {
  const values = [...(r.values ?? [])];
  switch (r.operator) {
    case 'In':
      return `${r.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${r.key} notin (${values.join(',')})`;
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    default:
      return null;
  }
}

/** A field requirement as selector text: only one value, and only In (=) and NotIn (!=) are supported. */
function fieldTerm(r: FieldSelectorRequirement): string | null {
  const values = r.values ?? [];
  if (values.length !== 1 || (r.operator !== 'In' && r.operator !== 'NotIn')) return null;
  return `${r.key}${r.operator === 'In' ? '=' : '!='}${values[0]!}`;
}

const labelSelectorOutcome = (s: LabelSelectorAttributes) =>
  selectorOutcome(s, parseLabelSelector, labelTerm);
const fieldSelectorOutcome = (s: FieldSelectorAttributes) => selectorOutcome(s, parseSelector, fieldTerm);

/** NonResourceAttributesFrom: a request for a path. */
export function nonResourceAttributesFrom(user: UserInfo, n: NonResourceAttributes): ReviewAttributes {
  return {
    attributes: {
      user,
      verb: n.verb ?? '',
      namespace: '',
      apiGroup: '',
      apiVersion: '',
      resource: '',
      subresource: '',
      name: '',
      resourceRequest: false,
      path: n.path ?? '',
    },
  };
}

/** AuthorizationAttributesFrom: the user described by a SubjectAccessReview's spec. */
export function authorizationAttributesFrom(spec: SubjectAccessReviewSpec): ReviewAttributes {
  const user: UserInfo = { name: spec.user ?? '', groups: [...(spec.groups ?? [])] };
  if (spec.uid) user.uid = spec.uid;
  if (spec.extra) user.extra = spec.extra;
  return spec.resourceAttributes
    ? resourceAttributesFrom(user, spec.resourceAttributes)
    : nonResourceAttributesFrom(user, spec.nonResourceAttributes ?? {});
}

/** BuildEvaluationError: the authorizer's error and any selector that was (partly) ignored, joined by "; ". */
export function buildEvaluationError(evaluationError: Error | undefined, r: ReviewAttributes): string {
  const errs: string[] = [];
  if (evaluationError) errs.push(evaluationError.message);
  for (const [name, outcome] of [
    ['fieldSelector', r.fieldSelector],
    ['labelSelector', r.labelSelector],
  ] as const) {
    if (!outcome?.parseError) continue;
    errs.push(
      `spec.resourceAttributes.${name} ${outcome.selector ? 'partially ignored' : 'ignored'} due to parse error`,
    );
  }
  return errs.join('; ');
}

/**
 * The status both access-review Create methods fill in (Go writes it inline in each): the authorizer's decision on
 * the attributes, its reason, and the evaluation error.
 */
export async function reviewStatus(
  authorizer: Authorizer,
  r: ReviewAttributes,
): Promise<SubjectAccessReviewStatus> {
  const { decision, reason, error } = await authorize(authorizer, r.attributes);
  const status: SubjectAccessReviewStatus = { allowed: decision === 'allow' };
  if (decision === 'deny') status.denied = true;
  if (reason) status.reason = reason;
  const evaluationError = buildEvaluationError(error, r);
  if (evaluationError) status.evaluationError = evaluationError;
  return status;
}
