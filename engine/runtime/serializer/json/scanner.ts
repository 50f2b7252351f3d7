// Go twin: encoding/json/scanner.go (checkValid, SyntaxError) — Go's exact texts for malformed JSON, which
// the apiserver passes on in 400 responses. Used only when JSON.parse has already failed.
import { quote } from '../../../util/strconv/quote';

/**
 * quoteChar: `'x'`, with Go's escapes for special characters. Go's scanner reads bytes: a character outside
 * ASCII is reported as its first UTF-8 byte read as a rune (a byte order mark, EF BB BF, is `'ï'`).
 */
function quoteChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const c = code < 0x80 ? ch : String.fromCharCode(new TextEncoder().encode(ch)[0]!);
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = quote(c);
  return `'${q.slice(1, -1)}'`;
}

/** Returns Go's syntax error message for invalid JSON, or null when the text is valid JSON. */
export function goSyntaxError(data: string): string | null {
  let i = 0;
  const n = data.length;
  const err = (ctx: string) =>
    `invalid character ${quoteChar(String.fromCodePoint(data.codePointAt(i)!))} ${ctx}`;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skip = () => {
    while (i < n && isSpace(data[i])) i++;
  };
  const EOF = 'unexpected end of JSON input';

  function value(): string | null {
    skip();
    if (i >= n) return EOF;
    const c = data[i]!;
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const lit of ['true', 'false', 'null']) {
      if (c === lit[0]) {
        for (let k = 1; k < lit.length; k++) {
          i++;
          if (i >= n) return EOF;
          if (data[i] !== lit[k]) return err(`in literal ${lit} (expecting ${quoteChar(lit[k]!)})`);
        }
        i++;
        return null;
      }
    }
    return err('looking for beginning of value');
  }

  function object(): string | null {
    i++;
    skip();
    if (i >= n) return EOF;
    if (data[i] === '}') {
      i++;
      return null;
    }
    for (;;) {
      skip();
      if (i >= n) return EOF;
      if (data[i] !== '"') return err('looking for beginning of object key string');
      const e = string();
      if (e) return e;
      skip();
      if (i >= n) return EOF;
      if (data[i] !== ':') return err('after object key');
      i++;
      const v = value();
      if (v) return v;
      skip();
      if (i >= n) return EOF;
      if (data[i] === ',') {
        i++;
        continue;
      }
      if (data[i] === '}') {
        i++;
        return null;
      }
      return err('after object key:value pair');
    }
  }

  function array(): string | null {
    i++;
    skip();
    if (i >= n) return EOF;
    if (data[i] === ']') {
      i++;
      return null;
    }
    for (;;) {
      const v = value();
      if (v) return v;
      skip();
      if (i >= n) return EOF;
      if (data[i] === ',') {
        i++;
        continue;
      }
      if (data[i] === ']') {
        i++;
        return null;
      }
      return err('after array element');
    }
  }

  function string(): string | null {
    i++;
    for (;;) {
      if (i >= n) return EOF;
      const c = data[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        i++;
        if (i >= n) return EOF;
        const e = data[i]!;
        if ('"\\/bfnrt'.includes(e)) {
          i++;
          continue;
        }
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n) return EOF;
            if (!/[0-9a-fA-F]/.test(data[i]!)) return err('in \\u hexadecimal character escape');
          }
          i++;
          continue;
        }
        return err('in string escape code');
      }
      if (c < ' ') return err('in string literal');
      i++;
    }
  }

  function number(): string | null {
    if (data[i] === '-') {
      i++;
      if (i >= n) return EOF;
      if (!(data[i]! >= '0' && data[i]! <= '9')) return err('in numeric literal');
    }
    if (data[i] === '0') i++;
    else while (i < n && data[i]! >= '0' && data[i]! <= '9') i++;
    if (data[i] === '.') {
      i++;
      if (i >= n) return EOF;
      if (!(data[i]! >= '0' && data[i]! <= '9')) return err('after decimal point in numeric literal');
      while (i < n && data[i]! >= '0' && data[i]! <= '9') i++;
    }
    if (data[i] === 'e' || data[i] === 'E') {
      i++;
      if (data[i] === '+' || data[i] === '-') i++;
      if (i >= n) return EOF;
      if (!(data[i]! >= '0' && data[i]! <= '9')) return err('in exponent of numeric literal');
      while (i < n && data[i]! >= '0' && data[i]! <= '9') i++;
    }
    return null;
  }

  const e = value();
  if (e) return e;
  skip();
  if (i < n) return err('after top-level value');
  return null;
}
