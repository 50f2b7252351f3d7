// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/authentication/request/bearertoken/bearertoken.go
// Function: Authenticator.AuthenticateRequest
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/authentication/request/bearertoken/bearertoken.go

package bearertoken

// Turns `Authorization: Bearer <token>` into a token lookup. The token
// authenticator behind it is a union: the --token-auth-file table, service
// account tokens, OIDC, webhooks, ...
func (a *Authenticator) AuthenticateRequest(req *http.Request) (*authenticator.Response, bool, error) {
	auth := strings.TrimSpace(req.Header.Get("Authorization"))
	if auth == "" {
		return nil, false, nil // no credential here: not an error
	}
	parts := strings.SplitN(auth, " ", 3)
	if len(parts) < 2 || strings.ToLower(parts[0]) != "bearer" {
		return nil, false, nil // another scheme: someone else's business
	}
	token := parts[1]
	if len(token) == 0 {
		return nil, false, nil // ... "Bearer  x" (two spaces) also adds a warning
	}

	resp, ok, err := a.auth.AuthenticateToken(req.Context(), token)
	if ok {
		// known: drop the secret so nothing further in can see or forward it
		req.Header.Del("Authorization")
	}
	if !ok && err == nil {
		// a token was presented and nobody knew it: that is an error, not
		// "no credential", so anonymous access cannot take over
		err = invalidToken // errors.New("invalid bearer token")
	}
	return resp, ok, err
}
