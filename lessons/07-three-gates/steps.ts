// Where this lesson shows other lines than the defaults: the bearer token and token-file authenticators and the
// group adder (authentication), RBAC, the system:masters authorizer and the 403 message (authorization), the
// ServiceAccount plugin and the webhook dispatchers (admission), and the SelfSubjectAccessReview REST.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  // authentication: an unknown token (0), jane (1), the admin (3)
  'filter.authentication @0': {
    excerpt: 'bearertoken-authenticate',
    from: 'resp, ok, err := a.auth.AuthenticateToken',
    to: 'return resp, ok, err',
  },
  'filter.authentication @1': {
    excerpt: 'tokenfile-authenticate',
    from: 'func (a *TokenAuthenticator) AuthenticateToken',
    to: 'return &authenticator.Response{User: user}, true, nil',
  },
  'filter.authentication @2': {
    excerpt: 'bearertoken-authenticate',
    from: 'if ok {',
    to: 'req.Header.Del("Authorization")',
  },
  'filter.authentication @3': {
    excerpt: 'authenticated-group-adder',
    from: 'everyone who proved who they are',
    to: 'return &ret, true, nil',
  },
  // authorization: RBAC allows the review (1), has no opinion (2), is not asked (3), allows (4, 5)
  'filter.authorization @1': {
    excerpt: 'rbac-authorize',
    from: 'func (v *authorizingVisitor) visit(',
    to: 'return false // found one',
  },
  'filter.authorization @2': {
    excerpt: 'rbac-authorize',
    from: 'RBAC has no deny rules',
    to: 'return authorizer.DecisionNoOpinion, reason, nil',
  },
  'exit.403 @2': {
    excerpt: 'forbidden-message',
    from: 'var errMsg string',
    to: 'ErrorNegotiated(apierrors.NewForbidden',
  },
  'filter.authorization @3': {
    excerpt: 'privileged-groups',
    from: 'for _, attr_group := range attr.GetUser().GetGroups() {',
    to: 'return authorizer.DecisionNoOpinion, "", nil // next authorizer',
  },
  'filter.authorization @4': {
    excerpt: 'rbac-authorize',
    from: 'the DefaultRuleResolver walks every ClusterRoleBinding',
    to: 'return authorizer.DecisionAllow, ruleCheckingVisitor.reason, nil',
  },
  'filter.authorization @5': {
    excerpt: 'rbac-authorize',
    from: 'r.authorizationRuleResolver.VisitRulesFor(',
    to: 'return authorizer.DecisionAllow, ruleCheckingVisitor.reason, nil',
  },
  // the review (1): nothing stored, the authorizer asked again
  'registry.storage @1': {
    excerpt: 'selfsubjectaccessreview-create',
    from: 'the request the review describes',
    to: 'return selfSAR, nil',
  },
  // admission of jane's Pods (4, 5)
  'admission.mutating @1': {
    excerpt: 'serviceaccount-admit',
    from: 'if shouldIgnore(a) {',
    to: 'return nil // not a Pod',
  },
  'admission.mutating @3': {
    excerpt: 'serviceaccount-admit',
    from: 'if shouldIgnore(a) {',
    to: 'return nil // not a Pod',
  },
  'admission.mutating @4': {
    excerpt: 'serviceaccount-admit',
    from: 'if len(pod.Spec.ServiceAccountName) == 0 {',
    to: 's.mountServiceAccountToken(serviceAccount, pod)',
  },
  'admission.mutating @5': {
    excerpt: 'mutating-webhook-call',
    from: 'uid, request, response, err := webhookrequest.CreateAdmissionObjects',
    to: 'o.GetObjectDefaulter().Default(attr.VersionedObject)',
  },
  'admission.validating @4': {
    excerpt: 'validating-webhook-dispatch',
    from: 'nobody can change the object any more',
    to: 'err := d.callHook(ctx, hook, invocation, versionedAttr)',
  },
  'admission.validating @5': {
    excerpt: 'validating-webhook-dispatch',
    from: 'callHook: an AdmissionReview as for mutating webhooks',
    to: 'errCh <- err',
  },
  'exit.403 @5': {
    excerpt: 'webhook-status-err',
    from: 'deniedBy := fmt.Sprintf',
    to: 'return &apierrors.StatusError{ErrStatus: *result}',
  },
};
