// Go twin: k8s.io/apiserver/pkg/endpoints/filters/authorization.go (WithAuthorization, GetAuthorizerAttributes) and
// the Attributes/Authorizer shapes of k8s.io/apiserver/pkg/authorization/authorizer/interfaces.go @ v1.34.0
import type { UserInfo } from '../request/context';
import type { Handler, HTTPRequestContext, Request, ResponseWriter } from '../../server/http';
import { forbidden, internalError } from '../handlers/responsewriters/errors';
import { addAuditAnnotations } from './audit';

/** authorizer.Decision */
export type Decision = 'allow' | 'deny' | 'noOpinion';

/** authorizer.AttributesRecord: what is being asked for, by whom. */
export interface Attributes {
  user?: UserInfo;
  verb: string;
  namespace: string;
  apiGroup: string;
  apiVersion: string;
  resource: string;
  subresource: string;
  name: string;
  /** IsResourceRequest: false for non-resource paths such as /healthz */
  resourceRequest: boolean;
  path: string;
  /** the raw selectors of list-like requests (Go passes parsed requirements) */
  fieldSelector?: string;
  labelSelector?: string;
}

export interface AuthorizationResult {
  decision: Decision;
  reason: string;
  /** an evaluation error; an authorizer may still allow despite one */
  error?: Error;
}

/** authorizer.Authorizer; throwing is the same as returning an error with no opinion. */
export interface Authorizer {
  authorize(a: Attributes): AuthorizationResult | Promise<AuthorizationResult>;
}

/** user.SystemPrivilegedGroup */
export const systemPrivilegedGroup = 'system:masters';

/** authorizerfactory.NewAlwaysAllowAuthorizer */
export const alwaysAllowAuthorizer: Authorizer = {
  authorize: () => ({ decision: 'allow', reason: '' }),
};

/**
 * The simulator's default until RBAC exists: members of system:masters may do anything (kube-apiserver's
 * privileged-group authorizer), everyone else may do anything except impersonate, which RBAC would only grant
 * explicitly (and an unmatched request gets no opinion with an empty reason).
 */
export const defaultAuthorizer: Authorizer = {
  authorize(a) {
    if (a.user?.groups.includes(systemPrivilegedGroup)) return { decision: 'allow', reason: '' };
    if (a.verb === 'impersonate') return { decision: 'noOpinion', reason: '' };
    return { decision: 'allow', reason: '' };
  },
};

/** Runs an authorizer, turning a throw into an error with no opinion. */
export async function authorize(a: Authorizer, attributes: Attributes): Promise<AuthorizationResult> {
  try {
    return await a.authorize(attributes);
  } catch (e) {
    return { decision: 'noOpinion', reason: '', error: e instanceof Error ? e : new Error(String(e)) };
  }
}

/** GetAuthorizerAttributes: the attributes of the request, from its user and RequestInfo. */
export function getAuthorizerAttributes(ctx: HTTPRequestContext): Attributes {
  const info = ctx.requestInfo;
  if (!info) throw new Error('no RequestInfo found in the context');
  const attribs: Attributes = {
    verb: info.verb,
    namespace: info.namespace,
    apiGroup: info.apiGroup,
    apiVersion: info.apiVersion,
    resource: info.resource,
    subresource: info.subresource,
    name: info.name,
    resourceRequest: info.isResourceRequest,
    path: info.path,
  };
  if (ctx.user) attribs.user = ctx.user;
  if (info.fieldSelector) attribs.fieldSelector = info.fieldSelector;
  if (info.labelSelector) attribs.labelSelector = info.labelSelector;
  return attribs;
}

const decisionAnnotationKey = 'authorization.k8s.io/decision';
const reasonAnnotationKey = 'authorization.k8s.io/reason';

/** WithAuthorization passes all authorized requests on to handler, and returns a forbidden error otherwise. */
export function withAuthorization(handler: Handler, a: Authorizer | null): Handler {
  if (!a) return handler; // "Authorization is disabled"
  return async (w: ResponseWriter, req: Request) => {
    let attributes: Attributes;
    try {
      attributes = getAuthorizerAttributes(req.ctx);
    } catch (e) {
      internalError(w, req, e as Error);
      return;
    }
    const { decision, reason, error } = await authorize(a, attributes);
    req.ctx.observer?.onFilterResult?.('authorization', {
      decision,
      reason,
      ...(error ? { error: error.message } : {}),
      attributes,
    });
    // an authorizer like RBAC could encounter evaluation errors and still allow the request, so the decision is
    // checked before the error
    if (decision === 'allow') {
      addAuditAnnotations(req.ctx, decisionAnnotationKey, 'allow', reasonAnnotationKey, reason);
      return handler(w, req);
    }
    if (error) {
      addAuditAnnotations(req.ctx, reasonAnnotationKey, 'internal error');
      internalError(w, req, error);
      return;
    }
    addAuditAnnotations(req.ctx, decisionAnnotationKey, 'forbid', reasonAnnotationKey, reason);
    forbidden(attributes, w, req, reason);
  };
}
