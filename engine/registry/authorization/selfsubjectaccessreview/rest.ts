// Go twin: k8s.io/kubernetes/pkg/registry/authorization/selfsubjectaccessreview/rest.go (REST, NewREST, Create)
// @ v1.34.0
//
// POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews — `kubectl auth can-i`. Nothing is stored: the
// authorizer judges the described request as made by the caller, and the review comes back (201) with its
// status filled in.
import { newBadRequest, newInvalid } from '../../../api/errors/errors';
import {
  AuthorizationSelfSubjectAccessReview,
  type SelfSubjectAccessReview,
} from '../../../apis/authorization/types';
import { GroupName } from '../../../apis/authorization/register';
import { validateSelfSubjectAccessReview } from '../../../apis/authorization/validation/validation';
import type { Authorizer } from '../../../endpoints/filters/authorization';
import type { RequestContext } from '../../../endpoints/request/context';
import { deepCopyObject, setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import type { CreateOptions, ValidateObjectFunc } from '../../generic/registry/store';
import { nonResourceAttributesFrom, resourceAttributesFrom, reviewStatus } from '../util/helpers';

export class SelfSubjectAccessReviewREST {
  readonly singularName = 'selfsubjectaccessreview';

  constructor(private readonly authorizer: Authorizer) {}

  newObject(): RuntimeObject {
    return setType({}, AuthorizationSelfSubjectAccessReview);
  }
  namespaceScoped(): boolean {
    return false;
  }

  async create(
    ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    _options: CreateOptions,
  ): Promise<RuntimeObject> {
    if (typeOf(obj) !== AuthorizationSelfSubjectAccessReview) {
      throw newBadRequest(`not a SelfSubjectAccessReview: ${JSON.stringify(obj)}`);
    }
    const review = obj as SelfSubjectAccessReview;
    const errs = validateSelfSubjectAccessReview(review);
    // the internal object has no kind, so Go's message starts `.authorization.k8s.io "" is invalid`
    if (errs.length > 0) throw newInvalid({ group: GroupName, kind: '' }, '', errs);
    const user = ctx.user;
    if (!user) throw newBadRequest('no user present on request');
    if (createValidation) await createValidation(deepCopyObject(obj));

    const spec = review.spec ?? {};
    const attrs = spec.resourceAttributes
      ? resourceAttributesFrom(user, spec.resourceAttributes)
      : nonResourceAttributesFrom(user, spec.nonResourceAttributes ?? {});
    review.status = await reviewStatus(this.authorizer, attrs);
    return review;
  }
}
