import { describe, expect, it } from 'vitest';
import {
  isCIdentifier,
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isHTTPHeaderName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidIP,
  isValidLabelValue,
  isValidPercent,
  isValidPortName,
  isValidPortNum,
  isWildcardDNS1123Subdomain,
} from './validation';

const label1123 =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const subdomain1123 =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const qnameName =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('isDNS1123Label', () => {
  it.each([
    { name: 'valid', value: 'my-name', want: [] },
    { name: 'digits first', value: '123-abc', want: [] },
    { name: 'upper case', value: 'My-name', want: [label1123] },
    { name: 'dots', value: 'a.b', want: ['must not contain dots'] },
    { name: 'empty', value: '', want: [label1123] },
    { name: 'trailing dash', value: 'a-', want: [label1123] },
    { name: 'too long', value: 'a'.repeat(64), want: ['must be no more than 63 characters'] },
    {
      name: 'too long and bad',
      value: 'A'.repeat(64),
      want: ['must be no more than 63 characters', label1123],
    },
    {
      name: 'bytes not chars',
      value: 'é'.repeat(32),
      want: ['must be no more than 63 characters', label1123],
    },
  ])('$name', ({ value, want }) => expect(isDNS1123Label(value)).toEqual(want));
});

describe('isDNS1123Subdomain', () => {
  it.each([
    { name: 'valid', value: 'example.com', want: [] },
    { name: 'double dot', value: 'a..b', want: [subdomain1123] },
    { name: 'underscore', value: 'a_b', want: [subdomain1123] },
    { name: 'too long', value: 'a'.repeat(254), want: ['must be no more than 253 characters'] },
  ])('$name', ({ value, want }) => expect(isDNS1123Subdomain(value)).toEqual(want));
});

describe('isDNS1035Label', () => {
  it.each([
    { name: 'valid', value: 'my-name', want: [] },
    {
      name: 'digit first',
      value: '1abc',
      want: [
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    },
  ])('$name', ({ value, want }) => expect(isDNS1035Label(value)).toEqual(want));
});

describe('isQualifiedName', () => {
  it.each([
    { name: 'simple', value: 'app', want: [] },
    { name: 'prefixed', value: 'example.com/App_1', want: [] },
    { name: 'empty', value: '', want: ['name part must be non-empty', qnameName] },
    { name: 'bad name', value: 'a_', want: [qnameName] },
    { name: 'empty prefix', value: '/a', want: ['prefix part must be non-empty'] },
    { name: 'bad prefix', value: 'Ex.com/a', want: ['prefix part ' + subdomain1123] },
    {
      name: 'too many slashes',
      value: 'a/b/c',
      want: [
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    },
    { name: 'name too long', value: 'a'.repeat(64), want: ['name part must be no more than 63 characters'] },
  ])('$name', ({ value, want }) => expect(isQualifiedName(value)).toEqual(want));
});

describe('isValidLabelValue', () => {
  const msg =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  it.each([
    { name: 'empty is fine', value: '', want: [] },
    { name: 'valid', value: 'v1.2_x', want: [] },
    { name: 'space', value: 'a b', want: [msg] },
    { name: 'too long', value: 'a'.repeat(64), want: ['must be no more than 63 characters'] },
  ])('$name', ({ value, want }) => expect(isValidLabelValue(value)).toEqual(want));
});

describe('other string checks', () => {
  it.each([
    { name: 'configmap key ok', got: isConfigMapKey('key.name'), want: [] },
    {
      name: 'configmap key bad',
      got: isConfigMapKey('a/b'),
      want: [
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
      ],
    },
    { name: 'configmap key ..', got: isConfigMapKey('..'), want: ["must not be '..'"] },
    { name: 'configmap key ..x', got: isConfigMapKey('..x'), want: ["must not start with '..'"] },
    { name: 'configmap key .', got: isConfigMapKey('.'), want: ["must not be '.'"] },
    { name: 'port 0', got: isValidPortNum(0), want: ['must be between 1 and 65535, inclusive'] },
    { name: 'port 80', got: isValidPortNum(80), want: [] },
    { name: 'port name ok', got: isValidPortName('http-2'), want: [] },
    {
      name: 'port name bad',
      got: isValidPortName('-A--'),
      want: [
        'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'must contain at least one letter (a-z)',
        'must not contain consecutive hyphens',
        'must not begin or end with a hyphen',
      ],
    },
    {
      name: 'port name long',
      got: isValidPortName('a'.repeat(16)),
      want: ['must be no more than 15 characters'],
    },
    { name: 'ip v4', got: isValidIP('10.9.8.7'), want: [] },
    { name: 'ip v4 leading zero (sloppy)', got: isValidIP('010.009.8.7'), want: [] },
    { name: 'ip v6', got: isValidIP('2001:db8::ffff'), want: [] },
    { name: 'ip v4-mapped', got: isValidIP('::ffff:1.2.3.4'), want: [] },
    {
      name: 'ip bad',
      got: isValidIP('1.2.3'),
      want: ['must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
    {
      name: 'ip v6 bad',
      got: isValidIP('1::2::3'),
      want: ['must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    },
    { name: 'percent', got: isValidPercent('93%'), want: [] },
    {
      name: 'percent bad',
      got: isValidPercent('93'),
      want: [
        "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ],
    },
    {
      name: 'header bad',
      got: isHTTPHeaderName('X_Y'),
      want: [
        "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
      ],
    },
    {
      name: 'c identifier bad',
      got: isCIdentifier('1a'),
      want: [
        "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')",
      ],
    },
    {
      name: 'env var bad',
      got: isEnvVarName('1A'),
      want: [
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
      ],
    },
    { name: 'env var ..', got: isEnvVarName('..'), want: ["must not be '..'"] },
    {
      name: 'relaxed env var',
      got: isRelaxedEnvVarName('A=B'),
      want: [
        "a valid environment variable name must consist only of printable ASCII characters other than '='",
      ],
    },
    {
      name: 'relaxed env var empty',
      got: isRelaxedEnvVarName(''),
      want: ['environment variable name must be non-empty'],
    },
    { name: 'wildcard ok', got: isWildcardDNS1123Subdomain('*.example.com'), want: [] },
  ])('$name', ({ got, want }) => expect(got).toEqual(want));
});
