import { describe, expect, it } from 'vitest';
import { newTokenFileAuthenticator, parseTokenFile, type TokenEntry } from './tokenfile';

describe('parseTokenFile', () => {
  it.each<[string, string, TokenEntry[]]>([
    ['three columns', 'abc,jane,1001\n', [{ token: 'abc', name: 'jane', uid: '1001' }]],
    [
      'quoted groups',
      'abc,jane,1001,"dev,ops"\n',
      [{ token: 'abc', name: 'jane', uid: '1001', groups: ['dev', 'ops'] }],
    ],
    ['one group', 'abc,jane,1001,dev', [{ token: 'abc', name: 'jane', uid: '1001', groups: ['dev'] }]],
    [
      'an empty fourth column (one empty group, as strings.Split gives)',
      'abc,jane,1001,',
      [{ token: 'abc', name: 'jane', uid: '1001', groups: [''] }],
    ],
    [
      'extra columns (ignored)',
      'abc,jane,1001,dev,whatever',
      [{ token: 'abc', name: 'jane', uid: '1001', groups: ['dev'] }],
    ],
    ['an empty uid', 'abc,jane,', [{ token: 'abc', name: 'jane', uid: '' }]],
    [
      'blank lines and CRLF',
      '\r\n\nabc,jane,1\r\n\ndef,bob,2,"a,b"\r\n',
      [
        { token: 'abc', name: 'jane', uid: '1' },
        { token: 'def', name: 'bob', uid: '2', groups: ['a', 'b'] },
      ],
    ],
    ['spaces belong to the field', ' abc, jane,1', [{ token: ' abc', name: ' jane', uid: '1' }]],
    [
      'escaped quotes',
      '"a""b",jane,1,"say ""hi"""',
      [{ token: 'a"b', name: 'jane', uid: '1', groups: ['say "hi"'] }],
    ],
    [
      'a quoted field across lines',
      'abc,jane,1,"dev,\nops"\n',
      [{ token: 'abc', name: 'jane', uid: '1', groups: ['dev', '\nops'] }],
    ],
    ['nothing', '', []],
  ])('reads %s', (_name, csv, entries) => {
    expect(parseTokenFile(csv)).toEqual(entries);
  });

  it.each<[string, string, string]>([
    [
      'two columns',
      'abc,jane\n',
      "token file '/etc/kubernetes/tokens.csv' must have at least 3 columns (token, user name, user uid), found 2",
    ],
    [
      'a line of spaces (not blank)',
      'abc,jane,1\n   \n',
      "token file '/etc/kubernetes/tokens.csv' must have at least 3 columns (token, user name, user uid), found 1",
    ],
    [
      'a short line before a syntax error',
      'abc\nx,"y"z,1\n',
      "token file '/etc/kubernetes/tokens.csv' must have at least 3 columns (token, user name, user uid), found 1",
    ],
    ['a bare quote', 'abc,ja"ne,1\n', 'parse error on line 1, column 7: bare " in non-quoted-field'],
    [
      'a bare quote after a multi-byte rune',
      'é,ja"ne,1',
      'parse error on line 1, column 6: bare " in non-quoted-field',
    ],
    [
      'text after a closing quote',
      '\n\nabc,"x"y,1\n',
      'parse error on line 3, column 7: extraneous or missing " in quoted-field',
    ],
    [
      'an unclosed quote',
      'abc,jane,1,"dev',
      'parse error on line 1, column 16: extraneous or missing " in quoted-field',
    ],
    [
      'an unclosed quote over two lines',
      'abc,jane,1,"dev\nops',
      'record on line 1; parse error on line 2, column 4: extraneous or missing " in quoted-field',
    ],
  ])('refuses %s', (_name, csv, message) => {
    expect(() => parseTokenFile(csv, '/etc/kubernetes/tokens.csv')).toThrow(message);
  });

  it('warns about empty and duplicate tokens; the last duplicate wins', () => {
    const warnings: string[] = [];
    const entries = parseTokenFile('abc,jane,1\n,nobody,2\nabc,bob,3\n', 'tokens.csv', (m) =>
      warnings.push(m),
    );
    expect(entries).toEqual([{ token: 'abc', name: 'bob', uid: '3' }]);
    expect(warnings).toEqual([
      "empty token has been found in token file 'tokens.csv', record number '2'",
      "duplicate token has been found in token file 'tokens.csv', record number '3'",
    ]);
  });
});

describe('token file authenticator', () => {
  const auth = newTokenFileAuthenticator(
    parseTokenFile('abc,jane,1001,"dev,ops"\ndef,bob,\nabc2,jane,1001\n'),
  );

  it.each<[string, unknown]>([
    ['abc', { user: { name: 'jane', uid: '1001', groups: ['dev', 'ops'] } }],
    ['def', { user: { name: 'bob', groups: [] } }],
    ['ABC', null],
    ['ab', null],
    ['', null],
  ])('token %j → %j', async (token, want) => {
    expect(await auth.authenticateToken(token)).toEqual(want);
  });

  it('cannot be changed through a returned user', async () => {
    const first = await auth.authenticateToken('abc');
    first!.user.groups.push('system:masters');
    expect((await auth.authenticateToken('abc'))!.user.groups).toEqual(['dev', 'ops']);
  });
});
