// Go twin: k8s.io/apimachinery/pkg/fields/selector.go (Selector, ParseSelector, EscapeValue) @ v1.34.0
import { Operator } from '../selection/operator';
import { compareGoStrings } from '../sort/strings';
import type { Set } from './fields';
import { get } from './fields';

export interface Requirement {
  field: string;
  operator: Operator;
  value: string;
}

/** Maps a (field, value) pair to another one; returning two empty strings drops the term. */
export type TransformFunc = (field: string, value: string) => [field: string, value: string];

export interface Selector {
  matches(fs: Set): boolean;
  empty(): boolean;
  /** The value a field must equal (used to turn `metadata.name=x` lists into gets), or undefined. */
  requiresExactMatch(field: string): string | undefined;
  /** A copy with fn applied to every term; a term that becomes ("", "") matches everything. Throws what fn throws. */
  transform(fn: TransformFunc): Selector;
  requirements(): Requirement[];
  string(): string;
}

/** An error whose message is exactly Go's err.Error(). */
export class FieldSelectorError extends Error {
  override readonly name = 'FieldSelectorError';
}

class HasTerm implements Selector {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {}
  matches(fs: Set): boolean {
    return get(fs, this.field) === this.value;
  }
  empty(): boolean {
    return false;
  }
  requiresExactMatch(field: string): string | undefined {
    return this.field === field ? this.value : undefined;
  }
  transform(fn: TransformFunc): Selector {
    const [f, v] = fn(this.field, this.value);
    return f.length === 0 && v.length === 0 ? everything() : new HasTerm(f, v);
  }
  requirements(): Requirement[] {
    return [{ field: this.field, operator: Operator.Equals, value: this.value }];
  }
  string(): string {
    return `${this.field}=${escapeValue(this.value)}`;
  }
}

class NotHasTerm implements Selector {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {}
  matches(fs: Set): boolean {
    return get(fs, this.field) !== this.value;
  }
  empty(): boolean {
    return false;
  }
  requiresExactMatch(): string | undefined {
    return undefined;
  }
  transform(fn: TransformFunc): Selector {
    const [f, v] = fn(this.field, this.value);
    return f.length === 0 && v.length === 0 ? everything() : new NotHasTerm(f, v);
  }
  requirements(): Requirement[] {
    return [{ field: this.field, operator: Operator.NotEquals, value: this.value }];
  }
  string(): string {
    return `${this.field}!=${escapeValue(this.value)}`;
  }
}

class AndTerm implements Selector {
  constructor(private readonly terms: readonly Selector[]) {}
  matches(fs: Set): boolean {
    return this.terms.every((t) => t.matches(fs));
  }
  empty(): boolean {
    return this.terms.every((t) => t.empty());
  }
  requiresExactMatch(field: string): string | undefined {
    for (const t of this.terms) {
      const v = t.requiresExactMatch(field);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  transform(fn: TransformFunc): Selector {
    const next: Selector[] = [];
    for (const t of this.terms) {
      const n = t.transform(fn);
      if (!n.empty()) next.push(n);
    }
    return new AndTerm(next);
  }
  requirements(): Requirement[] {
    return this.terms.flatMap((t) => t.requirements());
  }
  string(): string {
    return this.terms.map((t) => t.string()).join(',');
  }
}

class NothingSelector implements Selector {
  matches(): boolean {
    return false;
  }
  empty(): boolean {
    return false;
  }
  requiresExactMatch(): string | undefined {
    return undefined;
  }
  transform(): Selector {
    return this;
  }
  requirements(): Requirement[] {
    return [];
  }
  string(): string {
    return '';
  }
}

export function everything(): Selector {
  return new AndTerm([]);
}

export function nothing(): Selector {
  return new NothingSelector();
}

/** SelectorFromSet: exact matches for every field; null selects everything. */
export function selectorFromSet(fs: Set | null | undefined): Selector {
  if (!fs) return everything();
  const items = Object.keys(fs).map((k) => new HasTerm(k, fs[k]!));
  return items.length === 1 ? items[0]! : new AndTerm(items);
}

export function oneTermEqualSelector(field: string, value: string): Selector {
  return new HasTerm(field, value);
}

export function oneTermNotEqualSelector(field: string, value: string): Selector {
  return new NotHasTerm(field, value);
}

export function andSelectors(...selectors: Selector[]): Selector {
  return new AndTerm(selectors);
}

/** EscapeValue: backslash-escapes `\`, `,` and `=` so any literal can be a value. */
export function escapeValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => '\\' + c);
}

/** UnescapeValue: the literal value; throws FieldSelectorError for a bad escape or a bare `,`/`=`. */
export function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let v = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c === '\\' || c === ',' || c === '=') v += c;
      else throw new FieldSelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      inSlash = false;
      continue;
    }
    if (c === '\\') inSlash = true;
    // Go prints the rune with %v, i.e. as its code point number.
    else if (c === ',' || c === '=') {
      throw new FieldSelectorError(
        `invalid field selector: unescaped character in value: ${c.codePointAt(0)}`,
      );
    } else v += c;
  }
  if (inSlash) throw new FieldSelectorError('invalid field selector: invalid escape sequence: \\');
  return v;
}

// Commas split terms unless escaped; the backslash stays in the term for unescapeValue.
function splitTerms(selector: string): string[] {
  if (selector.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

// "==" is tried before "=" so the value does not start with "="; the lhs cannot be escaped.
const termOperators = ['!=', '==', '='] as const;

function splitTerm(term: string): [lhs: string, op: string, rhs: string] | null {
  for (let i = 0; i < term.length; i++) {
    for (const op of termOperators) {
      if (term.startsWith(op, i)) return [term.slice(0, i), op, term.slice(i + op.length)];
    }
  }
  return null;
}

/** ParseSelector: `a=b,c==d,e!=f` with `\`-escaping in values. Throws FieldSelectorError with Go's message. */
export function parseSelector(selector: string): Selector {
  return parseAndTransformSelector(selector, (f, v) => [f, v]);
}

export function parseAndTransformSelector(selector: string, fn: TransformFunc): Selector {
  const parts = splitTerms(selector).sort(compareGoStrings);
  const items: Selector[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const split = splitTerm(part);
    if (!split) throw new FieldSelectorError(`invalid selector: '${selector}'; can't understand '${part}'`);
    const [lhs, op, rhs] = split;
    const value = unescapeValue(rhs);
    items.push(op === '!=' ? new NotHasTerm(lhs, value) : new HasTerm(lhs, value));
  }
  return items.length === 1 ? items[0]!.transform(fn) : new AndTerm(items).transform(fn);
}
