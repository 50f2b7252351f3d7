// Go twin: encoding/json/scanner.go (syntax errors) as json.Unmarshal reports them, for continue tokens
import { quote } from '../util/strconv/quote';

/** A parsed JSON value; numbers keep their literal text because Go decodes them by type from the text. */
export type GoJSONValue =
  null | boolean | string | { number: string } | GoJSONValue[] | { entries: [string, GoJSONValue][] };

export class GoJSONSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** Go's quoteChar: the offending character in single quotes. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = quote(c);
  return `'${q.slice(1, -1)}'`;
}

/** Parses `text` as json.Unmarshal's scanner would, throwing Go's error texts. */
export function parseGoJSON(text: string): GoJSONValue {
  let i = 0;
  const eof = () => new GoJSONSyntaxError('unexpected end of JSON input');
  const bad = (context: string) =>
    i >= text.length ? eof() : new GoJSONSyntaxError(`invalid character ${quoteChar(text[i]!)} ${context}`);
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };

  const value = (): GoJSONValue => {
    ws();
    const c = text[i];
    if (c === undefined) throw eof();
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    throw bad('looking for beginning of value');
  };

  const object = (): GoJSONValue => {
    i++;
    const entries: [string, GoJSONValue][] = [];
    ws();
    if (text[i] === '}') {
      i++;
      return { entries };
    }
    for (;;) {
      ws();
      if (text[i] !== '"') throw bad('looking for beginning of object key string');
      const key = string();
      ws();
      if (text[i] !== ':') throw bad('after object key');
      i++;
      entries.push([key, value()]);
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return { entries };
      }
      throw bad('after object key:value pair');
    }
  };

  const array = (): GoJSONValue => {
    i++;
    const items: GoJSONValue[] = [];
    ws();
    if (text[i] === ']') {
      i++;
      return items;
    }
    for (;;) {
      items.push(value());
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return items;
      }
      throw bad('after array element');
    }
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw eof();
      if (c === '"') {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c < ' ') throw bad('in string literal');
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === undefined) throw eof();
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= text.length) throw eof();
            if (!/[0-9a-fA-F]/.test(text[i]!)) throw bad('in \\u hexadecimal character escape');
          }
        } else if (!'"\\/bfnrt'.includes(e)) {
          throw bad('in string escape code');
        }
      }
      i++;
    }
  };

  const digits = () => {
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
  };
  const isDigit = () => i < text.length && text[i]! >= '0' && text[i]! <= '9';

  const number = (): GoJSONValue => {
    const start = i;
    if (text[i] === '-') {
      i++;
      if (!isDigit()) throw bad('in numeric literal');
    }
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      if (!isDigit()) throw bad('after decimal point in numeric literal');
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit()) throw bad('in exponent of numeric literal');
      digits();
    }
    return { number: text.slice(start, i) };
  };

  const literal = (word: string, v: GoJSONValue): GoJSONValue => {
    for (let k = 0; k < word.length; k++, i++) {
      if (text[i] !== word[k]) throw bad(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
    }
    return v;
  };

  const v = value();
  ws();
  if (i < text.length) throw bad('after top-level value');
  return v;
}

/** The JSON kind as Go names it in an UnmarshalTypeError. */
export function goJSONKind(v: GoJSONValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  // Checked after Array.isArray: arrays have an `entries` method, so `in` alone cannot tell them apart.
  return 'number' in v ? 'number' : 'object';
}
