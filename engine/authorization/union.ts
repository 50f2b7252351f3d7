// Go twin: k8s.io/apiserver/pkg/authorization/union/union.go (New, unionAuthzHandler.Authorize) @ v1.34.0
//
// Authorizers are asked in order; the first that allows or denies decides, with its own reason and error.
// When all of them have no opinion, their reasons are joined line by line and their errors aggregated.
import {
  authorize,
  type Attributes,
  type AuthorizationResult,
  type Authorizer,
} from '../endpoints/filters/authorization';
import { newAggregate } from '../util/errors/errors';

export class UnionAuthorizer implements Authorizer {
  constructor(readonly authorizers: readonly Authorizer[]) {}

  async authorize(a: Attributes): Promise<AuthorizationResult> {
    const errors: Error[] = [];
    const reasons: string[] = [];
    for (const authorizer of this.authorizers) {
      // a throwing authorizer counts as one that returned an error with no opinion
      const result = await authorize(authorizer, a);
      if (result.error) errors.push(result.error);
      if (result.reason !== '') reasons.push(result.reason);
      if (result.decision === 'allow' || result.decision === 'deny') return result;
    }
    const result: AuthorizationResult = { decision: 'noOpinion', reason: reasons.join('\n') };
    const error = newAggregate(errors);
    if (error) result.error = error;
    return result;
  }
}

/** union.New */
export function newUnionAuthorizer(...authorizers: Authorizer[]): UnionAuthorizer {
  return new UnionAuthorizer(authorizers);
}
