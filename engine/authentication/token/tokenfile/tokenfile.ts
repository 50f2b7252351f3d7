// Go twin: k8s.io/apiserver/pkg/authentication/token/tokenfile/tokenfile.go (TokenAuthenticator, New, NewCSV,
// AuthenticateToken) @ v1.34.0 — the static token table of `--token-auth-file`.
import type { UserInfo } from '../../../endpoints/request/context';
import type { AuthenticatorResponse, TokenAuthenticator } from '../../authenticator/interfaces';
import { csvRecords } from './csv';

/** One line of a token file: the token and the user it stands for. */
export interface TokenEntry {
  token: string;
  name: string;
  uid?: string;
  groups?: string[];
}

/**
 * tokenfile.New: a token authenticator over a fixed table. An unknown token is null ("not mine"), never an
 * error: the bearer token authenticator turns "nobody knew it" into `invalid bearer token`. Later entries
 * for the same token win, as they overwrite the earlier ones in Go's map.
 */
export function newTokenFileAuthenticator(entries: readonly TokenEntry[]): TokenAuthenticator {
  const tokens = new Map<string, UserInfo>();
  for (const e of entries) {
    const user: UserInfo = { name: e.name, groups: [...(e.groups ?? [])] };
    if (e.uid) user.uid = e.uid;
    tokens.set(e.token, user);
  }
  return {
    authenticateToken(token: string): AuthenticatorResponse | null {
      const user = tokens.get(token);
      if (!user) return null;
      // a copy, so no later stage can change the table
      return { user: { ...user, groups: [...user.groups] } };
    },
  };
}

/**
 * tokenfile.NewCSV without the file: parses `token,user,uid[,"group1,group2"]` lines. Fewer than three
 * columns and CSV syntax errors fail with Go's messages; an empty token or a repeated one is only warned
 * about (Go logs it) — the empty one is skipped, the repeated one replaces the earlier entry.
 */
export function parseTokenFile(
  csv: string,
  path = 'tokens.csv',
  warn: (message: string) => void = () => {},
): TokenEntry[] {
  const tokens = new Map<string, TokenEntry>();
  let recordNum = 0;
  for (const record of csvRecords(csv)) {
    if (record.length < 3) {
      throw new Error(
        `token file '${path}' must have at least 3 columns (token, user name, user uid), found ${record.length}`,
      );
    }
    recordNum++;
    const [token, name, uid] = record as [string, string, string];
    if (token === '') {
      warn(`empty token has been found in token file '${path}', record number '${recordNum}'`);
      continue;
    }
    if (tokens.has(token)) {
      warn(`duplicate token has been found in token file '${path}', record number '${recordNum}'`);
    }
    const entry: TokenEntry = { token, name, uid };
    // strings.Split: an empty fourth column is one empty group name, as in Go
    if (record.length >= 4) entry.groups = record[3]!.split(',');
    tokens.set(token, entry);
  }
  return [...tokens.values()];
}
