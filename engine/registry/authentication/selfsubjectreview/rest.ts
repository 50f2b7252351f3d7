// Go twin: k8s.io/kubernetes/pkg/registry/authentication/selfsubjectreview/rest.go (REST, NewREST, Create)
// @ v1.34.0
//
// POST /apis/authentication.k8s.io/v1/selfsubjectreviews — `kubectl auth whoami`. Nothing is stored: the
// answer (201) is a new review whose status.userInfo is the user the request was authenticated (or, with
// Impersonate-* headers, impersonated) as.
import { newBadRequest } from '../../../api/errors/errors';
import {
  AuthenticationSelfSubjectReview,
  type SelfSubjectReview,
  type UserInfo,
} from '../../../apis/authentication/types';
import type { RequestContext } from '../../../endpoints/request/context';
import { deepCopyObject, setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import { timestamp, type CreateOptions, type ValidateObjectFunc } from '../../generic/registry/store';

export class SelfSubjectReviewREST {
  readonly singularName = 'selfsubjectreview';

  /** `now` stamps creationTimestamp (Go: time.Now()) */
  constructor(private readonly now: () => Date) {}

  newObject(): RuntimeObject {
    return setType({}, AuthenticationSelfSubjectReview);
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
    if (createValidation) await createValidation(deepCopyObject(obj));
    if (typeOf(obj) !== AuthenticationSelfSubjectReview) {
      throw newBadRequest(`not a SelfSubjectReview: ${JSON.stringify(obj)}`);
    }
    const user = ctx.user;
    if (!user) throw newBadRequest('no user present on request');

    // Whatever the client sent (name, labels, status) is ignored: the answer is built from scratch.
    const userInfo: UserInfo = { username: user.name };
    if (user.uid) userInfo.uid = user.uid;
    if (user.groups.length > 0) userInfo.groups = [...user.groups];
    if (user.extra && Object.keys(user.extra).length > 0) {
      userInfo.extra = deepCopyObject(user.extra);
    }
    const review: SelfSubjectReview = {
      metadata: { creationTimestamp: timestamp(this.now()) },
      status: { userInfo },
    };
    return setType(review, AuthenticationSelfSubjectReview);
  }
}
