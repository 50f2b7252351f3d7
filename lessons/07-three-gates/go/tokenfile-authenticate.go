// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/authentication/token/tokenfile/tokenfile.go
// Function: TokenAuthenticator.AuthenticateToken
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/authentication/token/tokenfile/tokenfile.go

package tokenfile

// --token-auth-file: a static table read once at start-up.
type TokenAuthenticator struct {
	tokens map[string]*user.DefaultInfo
}

// NewCSV reads lines of `token,user,uid[,"group1,group2"]`.
func NewCSV(path string) (*TokenAuthenticator, error) {
	// ...
	for {
		record, err := reader.Read() // ... io.EOF ends the loop
		if len(record) < 3 {
			return nil, fmt.Errorf("token file '%s' must have at least 3 columns (token, user name, user uid), found %d", path, len(record))
		}
		// ... an empty token is skipped, a repeated one wins (both only logged)
		obj := &user.DefaultInfo{Name: record[1], UID: record[2]}
		tokens[record[0]] = obj
		if len(record) >= 4 {
			obj.Groups = strings.Split(record[3], ",")
		}
	}
	return &TokenAuthenticator{tokens: tokens}, nil
}

// One map lookup. An unknown token is "not mine" (false, nil): the bearer
// token authenticator decides that this means 401.
func (a *TokenAuthenticator) AuthenticateToken(ctx context.Context, value string) (*authenticator.Response, bool, error) {
	user, ok := a.tokens[value]
	if !ok {
		return nil, false, nil
	}
	return &authenticator.Response{User: user}, true, nil
}
