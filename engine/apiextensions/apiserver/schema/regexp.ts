// Go twin: regexp/syntax/parse.go (Parse, Error) and regexp/regexp.go (Compile, MatchString) @ Go 1.24, as
// k8s.io/apiextensions-apiserver and kube-openapi use them for `pattern` @ v1.34.0
//
// Go's regexp is RE2: its syntax differs from JavaScript's and it never backtracks. A JS RegExp would accept
// patterns Go refuses (`(?=x)`, `\1`) and can take exponential time on patterns such as `^(a+)+$`. So we parse
// Go's syntax ourselves (with Go's error texts) and match with a Thompson NFA: time linear in the input.
// Single-character tests (classes, `\pL`) are delegated to small JS RegExps, which cannot backtrack.

/** Go's *syntax.Error text, e.g. "error parsing regexp: missing closing ]: `[`". */
export class GoRegexpError extends Error {}

const err = (code: string, expr: string) => new GoRegexpError(`error parsing regexp: ${code}: \`${expr}\``);

/** Go's maximum repeat count in `x{n,m}`. */
const maxRepeat = 1000;
/** Our bound on the compiled program; Go's own limit gives "expression too large". */
const maxStates = 200_000;

type CharPred = (c: string) => boolean;
type Node =
  | { t: 'char'; p: CharPred }
  | { t: 'cat'; subs: Node[] }
  | { t: 'alt'; subs: Node[] }
  | { t: 'rep'; sub: Node; min: number; max: number }
  | { t: 'assert'; k: 'bol' | 'eol' | 'bot' | 'eot' | 'wb' | 'nwb' }
  | { t: 'empty' };

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  parse(): Node {
    const n = this.parseAlt({ i: false, m: false, s: false }, 0);
    if (this.pos < this.src.length) throw err('unexpected )', this.src);
    return n;
  }

  private parseAlt(flags: Flags, depth: number): Node {
    if (depth > maxRepeat) throw err('expression nests too deeply', this.src);
    const alts: Node[] = [this.parseCat(flags, depth)];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.parseCat(flags, depth));
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', subs: alts };
  }

  private parseCat(flags: Flags, depth: number): Node {
    const items: Node[] = [];
    const src = this.src;
    let lastOpStart = -1;
    let lastOpEnd = -1;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (c === '|' || c === ')') break;
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.peekRepeat() !== null)) {
        const start = this.pos;
        const [min, max] = this.readRepeat();
        const op = src.slice(start, this.pos);
        if (src[this.pos] === '?') this.pos++; // lazy: same language
        const last = items.pop();
        if (!last || last.t === 'empty') throw err('missing argument to repetition operator', op);
        // Go refuses an operator applied directly to another one (`a**`, `a{2}{3}`)
        if (last.t === 'rep' && lastOpEnd === start)
          throw err('invalid nested repetition operator', src.slice(lastOpStart, this.pos));
        lastOpStart = start;
        lastOpEnd = this.pos;
        items.push({ t: 'rep', sub: last, min, max });
        continue;
      }
      items.push(this.parseAtom(flags, depth));
    }
    if (items.length === 0) return { t: 'empty' };
    return items.length === 1 ? items[0]! : { t: 'cat', subs: items };
  }

  /** `{n}`, `{n,}` or `{n,m}` at pos, or null when `{` is a literal (as in Go). */
  private peekRepeat(): [number, number, number] | null {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 32));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
    return [min, max, m[0].length];
  }

  private readRepeat(): [number, number] {
    const simple: Record<string, [number, number]> = { '*': [0, -1], '+': [1, -1], '?': [0, 1] };
    const op = simple[this.src[this.pos]!];
    if (op) {
      this.pos++;
      return op;
    }
    const [min, max, len] = this.peekRepeat()!;
    const text = this.src.slice(this.pos, this.pos + len);
    this.pos += len;
    if (min > maxRepeat || max > maxRepeat || (max >= 0 && min > max))
      throw err('invalid repeat count', text);
    return [min, max];
  }

  private parseAtom(flags: Flags, depth: number): Node {
    const src = this.src;
    const c = src[this.pos]!;
    switch (c) {
      case '(':
        return this.parseGroup(flags, depth);
      case '[':
        return this.parseClass(flags);
      case '.':
        this.pos++;
        return { t: 'char', p: flags.s ? () => true : (ch) => ch !== '\n' };
      case '^':
        this.pos++;
        return { t: 'assert', k: flags.m ? 'bol' : 'bot' };
      case '$':
        this.pos++;
        return { t: 'assert', k: flags.m ? 'eol' : 'eot' };
      case '\\':
        return this.parseEscapeAtom(flags);
      default: {
        const ch = String.fromCodePoint(src.codePointAt(this.pos)!);
        this.pos += ch.length;
        return literal(ch, flags);
      }
    }
  }

  private parseGroup(flags: Flags, depth: number): Node {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    let inner = flags;
    if (src[this.pos] === '?') {
      const rest = src.slice(this.pos);
      const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
      if (named) {
        this.pos += named[0].length;
      } else if (/^\?P?</.test(rest)) {
        const end = src.indexOf('>', this.pos);
        throw err('invalid named capture', src.slice(start, end < 0 ? src.length : end + 1));
      } else {
        const m = /^\?(-?[imsU]*(?:-[imsU]*)?)([:)])/.exec(rest);
        if (!m || m[1] === '-' || m[1]!.endsWith('-'))
          throw err(
            'invalid or unsupported Perl syntax',
            src.slice(start, Math.min(src.length, this.pos + 2)),
          );
        const next = { ...flags };
        let on = true;
        for (const f of m[1]!) {
          if (f === '-') on = false;
          else if (f === 'i' || f === 'm' || f === 's') next[f] = on;
        }
        this.pos += m[0].length;
        if (m[2] === ')') {
          // (?i) changes the flags for the rest of the enclosing group
          Object.assign(flags, next);
          return { t: 'empty' };
        }
        inner = next;
      }
    }
    const n = this.parseAlt({ ...inner }, depth + 1);
    if (src[this.pos] !== ')') throw err('missing closing )', src);
    this.pos++;
    return n;
  }

  private parseEscapeAtom(flags: Flags): Node {
    const src = this.src;
    const c = src[this.pos + 1];
    switch (c) {
      case 'A':
        this.pos += 2;
        return { t: 'assert', k: 'bot' };
      case 'z':
        this.pos += 2;
        return { t: 'assert', k: 'eot' };
      case 'b':
        this.pos += 2;
        return { t: 'assert', k: 'wb' };
      case 'B':
        this.pos += 2;
        return { t: 'assert', k: 'nwb' };
      case 'Q': {
        const end = src.indexOf('\\E', this.pos + 2);
        const lit = src.slice(this.pos + 2, end < 0 ? src.length : end);
        this.pos = end < 0 ? src.length : end + 2;
        const subs = [...lit].map((ch) => literal(ch, flags));
        return subs.length === 0 ? { t: 'empty' } : { t: 'cat', subs };
      }
    }
    const p = this.parseEscape(flags, false);
    return { t: 'char', p };
  }

  /** An escape inside or outside a class, as a one-character test. */
  private parseEscape(flags: Flags, inClass: boolean): CharPred {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    if (this.pos >= src.length) throw err('trailing backslash at end of expression', '');
    const c = src[this.pos]!;
    this.pos++;
    const simple: Record<string, string> = { a: '\x07', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v' };
    if (c in simple) return eq(simple[c]!, false);
    if ('dDsSwW'.includes(c)) {
      const re = new RegExp(`^[${c === 's' ? '\\t\\n\\f\\r ' : c === 'S' ? '^\\t\\n\\f\\r ' : '\\' + c}]$`);
      return (ch) => re.test(ch);
    }
    if (c === 'p' || c === 'P') {
      let name: string;
      if (src[this.pos] === '{') {
        const end = src.indexOf('}', this.pos);
        if (end < 0) throw err('invalid character class range', src.slice(start));
        name = src.slice(this.pos + 1, end);
        this.pos = end + 1;
      } else {
        name = src[this.pos] ?? '';
        this.pos++;
      }
      let neg = c === 'P';
      if (name.startsWith('^')) {
        neg = !neg;
        name = name.slice(1);
      }
      let re: RegExp;
      try {
        re = new RegExp(`^\\p{${name === 'Any' ? 'Any' : name}}$`, 'u');
      } catch {
        throw err('invalid character class range', src.slice(start, this.pos));
      }
      return neg ? (ch) => !re.test(ch) : (ch) => re.test(ch);
    }
    if (c === 'x') {
      let hex: string;
      if (src[this.pos] === '{') {
        const end = src.indexOf('}', this.pos);
        hex = end < 0 ? '' : src.slice(this.pos + 1, end);
        if (!/^[0-9A-Fa-f]{1,8}$/.test(hex)) throw err('invalid escape sequence', src.slice(start, end + 1));
        this.pos = end + 1;
      } else {
        hex = src.slice(this.pos, this.pos + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
          throw err('invalid escape sequence', src.slice(start, this.pos + 2));
        this.pos += 2;
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw err('invalid escape sequence', src.slice(start, this.pos));
      return eq(String.fromCodePoint(cp), flags.i);
    }
    if (c >= '0' && c <= '7') {
      // Go allows octal \0, \012; \1-\9 as backreferences are refused
      if (c !== '0' && !/[0-7]/.test(src[this.pos] ?? '')) throw err('invalid escape sequence', `\\${c}`);
      const m = /^[0-7]{0,2}/.exec(src.slice(this.pos))![0];
      this.pos += m.length;
      return eq(String.fromCodePoint(parseInt(c + m, 8)), flags.i);
    }
    if (/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c)) return eq(c, flags.i);
    void inClass;
    throw err('invalid escape sequence', src.slice(start, this.pos));
  }

  private parseClass(flags: Flags): Node {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    let neg = false;
    if (src[this.pos] === '^') {
      neg = true;
      this.pos++;
    }
    const parts: CharPred[] = [];
    let first = true;
    while (this.pos < src.length && (src[this.pos] !== ']' || first)) {
      first = false;
      const posix = /^\[:(\^?)(.*?):\]/s.exec(src.slice(this.pos));
      if (posix) {
        const cls = posixClasses[posix[2]!];
        if (!cls || posix[2]!.startsWith('^')) throw err('invalid character class range', posix[0]);
        const re = new RegExp(`^[${cls}]$`);
        parts.push(posix[1] ? (ch) => !re.test(ch) : (ch) => re.test(ch));
        this.pos += posix[0].length;
        continue;
      }
      const loStart = this.pos;
      const lo = this.classChar(flags);
      if (typeof lo !== 'string') {
        parts.push(lo);
        continue;
      }
      if (src[this.pos] === '-' && src[this.pos + 1] !== ']' && this.pos + 1 < src.length) {
        this.pos++;
        const hi = this.classChar(flags);
        if (typeof hi !== 'string' || hi.codePointAt(0)! < lo.codePointAt(0)!)
          throw err('invalid character class range', src.slice(loStart, this.pos));
        const a = lo.codePointAt(0)!;
        const b = hi.codePointAt(0)!;
        parts.push(rangePred(a, b, flags.i));
        continue;
      }
      parts.push(eq(lo, flags.i));
    }
    if (this.pos >= src.length) throw err('missing closing ]', src.slice(start));
    this.pos++;
    const any = (ch: string) => parts.some((p) => p(ch));
    // a negated class never matches \n unless (?s)… Go: [^a] does match \n; keep Go's behaviour
    return { t: 'char', p: neg ? (ch) => !any(ch) : any };
  }

  /** One class member: a character (string) or a predicate (`\d`, `\pL`). */
  private classChar(flags: Flags): string | CharPred {
    const src = this.src;
    if (src[this.pos] === '\\') {
      const c = src[this.pos + 1];
      if (c !== undefined && 'dDsSwWpP'.includes(c)) return this.parseEscape(flags, true);
      const save = this.pos;
      const p = this.parseEscape({ ...flags, i: false }, true);
      // recover the escaped character for ranges such as [\x00-\x1f]
      const text = src.slice(save, this.pos);
      const ch = unescapeOne(text);
      return ch ?? p;
    }
    const ch = String.fromCodePoint(src.codePointAt(this.pos)!);
    this.pos += ch.length;
    return ch;
  }
}

const posixClasses: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function unescapeOne(text: string): string | null {
  const c = text[1]!;
  const simple: Record<string, string> = { a: '\x07', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v' };
  if (c in simple) return simple[c]!;
  if (c === 'x') {
    const hex = text.startsWith('\\x{') ? text.slice(3, -1) : text.slice(2);
    return String.fromCodePoint(parseInt(hex, 16));
  }
  if (c >= '0' && c <= '7') return String.fromCodePoint(parseInt(text.slice(1), 8));
  return text.length === 2 ? c : null;
}

function eq(lit: string, fold: boolean): CharPred {
  if (!fold) return (ch) => ch === lit;
  const l = lit.toLowerCase();
  const u = lit.toUpperCase();
  return (ch) => ch === lit || ch === l || ch === u;
}

function rangePred(a: number, b: number, fold: boolean): CharPred {
  const inRange = (ch: string) => {
    const cp = ch.codePointAt(0)!;
    return cp >= a && cp <= b;
  };
  if (!fold) return inRange;
  return (ch) => inRange(ch) || inRange(ch.toLowerCase()) || inRange(ch.toUpperCase());
}

function literal(ch: string, flags: Flags): Node {
  return { t: 'char', p: eq(ch, flags.i) };
}

// ---- Thompson NFA ----

type State =
  | { t: 'char'; p: CharPred; out: number }
  | { t: 'split'; out: number; out2: number }
  | { t: 'assert'; k: 'bol' | 'eol' | 'bot' | 'eot' | 'wb' | 'nwb'; out: number }
  | { t: 'match' };

class Compiler {
  states: State[] = [];
  constructor(private readonly src: string) {}

  private add(s: State): number {
    if (this.states.length >= maxStates) throw err('expression too large', this.src);
    this.states.push(s);
    return this.states.length - 1;
  }

  /** Compiles n so that it continues at `next`; returns its entry state. Built back to front. */
  compile(n: Node, next: number): number {
    switch (n.t) {
      case 'empty':
        return next;
      case 'char':
        return this.add({ t: 'char', p: n.p, out: next });
      case 'assert':
        return this.add({ t: 'assert', k: n.k, out: next });
      case 'cat': {
        let cur = next;
        for (let i = n.subs.length - 1; i >= 0; i--) cur = this.compile(n.subs[i]!, cur);
        return cur;
      }
      case 'alt': {
        let cur = this.compile(n.subs[n.subs.length - 1]!, next);
        for (let i = n.subs.length - 2; i >= 0; i--) {
          const a = this.compile(n.subs[i]!, next);
          cur = this.add({ t: 'split', out: a, out2: cur });
        }
        return cur;
      }
      case 'rep': {
        let cur = next;
        if (n.max < 0) {
          // x*: a loop state that either enters x (which returns to the loop) or leaves
          const loop = this.add({ t: 'split', out: -1, out2: next });
          const body = this.compile(n.sub, loop);
          (this.states[loop] as { out: number }).out = body;
          cur = loop;
        } else {
          // x{min,max}: the optional copies nest, each one may skip straight to what follows
          for (let i = n.min; i < n.max; i++) {
            const body = this.compile(n.sub, cur);
            cur = this.add({ t: 'split', out: body, out2: next });
          }
        }
        for (let i = 0; i < n.min; i++) cur = this.compile(n.sub, cur);
        return cur;
      }
    }
  }
}

const isWord = (c: string | undefined) => c !== undefined && /^[0-9A-Za-z_]$/.test(c);

/** A compiled Go regexp: `test` finds a match anywhere in the string, like Go's MatchString. */
export interface GoRegexp {
  test(s: string): boolean;
}

/** compileGoRegexp parses a Go (RE2) pattern; it throws GoRegexpError with Go's message when it is invalid. */
export function compileGoRegexp(pattern: string): GoRegexp {
  const ast = new Parser(pattern).parse();
  const c = new Compiler(pattern);
  const match = c.states.push({ t: 'match' }) - 1;
  const start = c.compile(ast, match);
  const states = c.states;
  return {
    test(s: string): boolean {
      const chars = [...s];
      let cur = new Set<number>();
      const addState = (set: Set<number>, i: number, pos: number) => {
        const stack = [i];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (set.has(id)) continue;
          set.add(id);
          const st = states[id]!;
          if (st.t === 'split') stack.push(st.out2, st.out);
          else if (st.t === 'assert' && assertHolds(st.k, chars, pos)) stack.push(st.out);
        }
      };
      for (let pos = 0; pos <= chars.length; pos++) {
        addState(cur, start, pos); // unanchored: a match may start anywhere
        for (const id of cur) if (states[id]!.t === 'match') return true;
        if (pos === chars.length) break;
        const next = new Set<number>();
        const ch = chars[pos]!;
        for (const id of cur) {
          const st = states[id]!;
          if (st.t === 'char' && st.p(ch)) addState(next, st.out, pos + 1);
        }
        cur = next;
      }
      return false;
    },
  };
}

function assertHolds(k: 'bol' | 'eol' | 'bot' | 'eot' | 'wb' | 'nwb', chars: string[], pos: number): boolean {
  switch (k) {
    case 'bot':
      return pos === 0;
    case 'eot':
      return pos === chars.length;
    case 'bol':
      return pos === 0 || chars[pos - 1] === '\n';
    case 'eol':
      return pos === chars.length || chars[pos] === '\n';
    case 'wb':
      return isWord(chars[pos - 1]) !== isWord(chars[pos]);
    case 'nwb':
      return isWord(chars[pos - 1]) === isWord(chars[pos]);
  }
}
