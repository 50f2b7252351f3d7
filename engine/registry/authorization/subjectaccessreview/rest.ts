// Go twin: k8s.io/kubernetes/pkg/registry/authorization/subjectaccessreview/rest.go (REST, NewREST, Create)
// @ v1.34.0
//
// POST /apis/authorization.k8s.io/v1/subjectaccessreviews — may this user (or these groups) do that? Webhook
// authorizers and `kubectl auth can-i --as` style tools ask here. Nothing is stored; the answer is the review
// with its status filled in (201).
import { newBadRequest, newInvalid } from '../../../api/errors/errors';
import {
  AuthorizationSubjectAccessReview,
  type SubjectAccessReview,
} from '../../../apis/authorization/types';
import { GroupName } from '../../../apis/authorization/register';
import { validateSubjectAccessReview } from '../../../apis/authorization/validation/validation';
import type { Authorizer } from '../../../endpoints/filters/authorization';
import type { RequestContext } from '../../../endpoints/request/context';
import { deepCopyObject, setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import type { CreateOptions, ValidateObjectFunc } from '../../generic/registry/store';
import { authorizationAttributesFrom, reviewStatus } from '../util/helpers';

export class SubjectAccessReviewREST {
  readonly singularName = 'subjectaccessreview';

  constructor(private readonly authorizer: Authorizer) {}

  newObject(): RuntimeObject {
    return setType({}, AuthorizationSubjectAccessReview);
  }
  namespaceScoped(): boolean {
    return false;
  }

  async create(
    _ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    _options: CreateOptions,
  ): Promise<RuntimeObject> {
    if (typeOf(obj) !== AuthorizationSubjectAccessReview) {
      throw newBadRequest(`not a SubjectAccessReview: ${JSON.stringify(obj)}`);
    }
    const review = obj as SubjectAccessReview;
    const errs = validateSubjectAccessReview(review);
    if (errs.length > 0) throw newInvalid({ group: GroupName, kind: '' }, '', errs);
    if (createValidation) await createValidation(deepCopyObject(obj));

    // the user asked about comes from the spec, not from whoever sends the review
    const attrs = authorizationAttributesFrom(review.spec ?? {});
    review.status = await reviewStatus(this.authorizer, attrs);
    return review;
  }
}
