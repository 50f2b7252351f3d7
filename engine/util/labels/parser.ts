// Go twin: k8s.io/apimachinery/pkg/labels/selector.go (Lexer, Parser) @ v1.34.0
import { Operator } from '../selection/operator';
import { compareGoStrings } from '../sort/strings';
import { LabelSelectorError, binaryOperators, newRequirement, validateLabelKey } from './requirement';
import type { OptPath, Requirement } from './requirement';

const enum Token {
  Error = 0,
  EndOfString,
  ClosedPar,
  Comma,
  DoesNotExist,
  DoubleEquals,
  Equals,
  GreaterThan,
  Identifier,
  In,
  LessThan,
  NotEquals,
  NotIn,
  OpenPar,
}

const string2token = new Map<string, Token>([
  [')', Token.ClosedPar],
  [',', Token.Comma],
  ['!', Token.DoesNotExist],
  ['==', Token.DoubleEquals],
  ['=', Token.Equals],
  ['>', Token.GreaterThan],
  ['in', Token.In],
  ['<', Token.LessThan],
  ['!=', Token.NotEquals],
  ['notin', Token.NotIn],
  ['(', Token.OpenPar],
]);

interface ScannedItem {
  tok: Token;
  literal: string;
}

const isWhitespace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecialSymbol = (ch: string) => '=!(),><'.includes(ch) && ch.length === 1;

class Lexer {
  private pos = 0;
  constructor(private readonly s: string) {}

  // Go reads bytes and uses 0 as the end marker, so a NUL in the input also ends it.
  private read(): string {
    if (this.pos < this.s.length) return this.s[this.pos++]!;
    return '\0';
  }
  private unread(): void {
    this.pos--;
  }

  private scanIDOrKeyword(): ScannedItem {
    let buf = '';
    for (;;) {
      const ch = this.read();
      if (ch === '\0') break;
      if (isSpecialSymbol(ch) || isWhitespace(ch)) {
        this.unread();
        break;
      }
      buf += ch;
    }
    return { tok: string2token.get(buf) ?? Token.Identifier, literal: buf };
  }

  // Longest match among the operator symbols ("!=" over "!", "==" over "=").
  private scanSpecialSymbol(): ScannedItem {
    let last: ScannedItem = { tok: Token.Error, literal: '' };
    let buf = '';
    for (;;) {
      const ch = this.read();
      if (ch === '\0') break;
      if (isSpecialSymbol(ch)) {
        buf += ch;
        const tok = string2token.get(buf);
        if (tok !== undefined) {
          last = { tok, literal: buf };
        } else if (last.tok !== Token.Error) {
          this.unread();
          break;
        }
      } else {
        this.unread();
        break;
      }
    }
    if (last.tok === Token.Error)
      return { tok: Token.Error, literal: `error expected: keyword found '${buf}'` };
    return last;
  }

  lex(): ScannedItem {
    let ch = this.read();
    while (isWhitespace(ch)) ch = this.read();
    if (ch === '\0') return { tok: Token.EndOfString, literal: '' };
    this.unread();
    return isSpecialSymbol(ch) ? this.scanSpecialSymbol() : this.scanIDOrKeyword();
  }
}

const enum Context {
  KeyAndOperator,
  Values,
}

const fail = (msg: string): never => {
  throw new LabelSelectorError(msg);
};

class Parser {
  private items: ScannedItem[] = [];
  private position = 0;

  constructor(
    private readonly lexer: Lexer,
    private readonly path: OptPath,
  ) {}

  // In a value position `in` and `notin` are ordinary identifiers.
  private adjust(item: ScannedItem, ctx: Context): ScannedItem {
    if (ctx === Context.Values && (item.tok === Token.In || item.tok === Token.NotIn)) {
      return { tok: Token.Identifier, literal: item.literal };
    }
    return item;
  }
  private lookahead(ctx: Context): ScannedItem {
    return this.adjust(this.items[this.position]!, ctx);
  }
  private consume(ctx: Context): ScannedItem {
    return this.adjust(this.items[this.position++]!, ctx);
  }

  private scan(): void {
    for (;;) {
      const item = this.lexer.lex();
      this.items.push(item);
      if (item.tok === Token.EndOfString) break;
    }
  }

  parse(): Requirement[] {
    this.scan();
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, literal } = this.lookahead(Context.Values);
      switch (tok) {
        case Token.Identifier:
        case Token.DoesNotExist: {
          reqs.push(this.parseRequirementWrapped());
          const t = this.consume(Context.Values);
          if (t.tok === Token.EndOfString) return reqs;
          if (t.tok === Token.Comma) {
            const t2 = this.lookahead(Context.Values);
            if (t2.tok !== Token.Identifier && t2.tok !== Token.DoesNotExist) {
              fail(`found '${t2.literal}', expected: identifier after ','`);
            }
            break;
          }
          return fail(`found '${t.literal}', expected: ',' or 'end of string'`);
        }
        case Token.EndOfString:
          return reqs;
        default:
          return fail(`found '${literal}', expected: !, identifier, or 'end of string'`);
      }
    }
  }

  private parseRequirementWrapped(): Requirement {
    try {
      return this.parseRequirement();
    } catch (e) {
      if (e instanceof LabelSelectorError)
        throw new LabelSelectorError(`unable to parse requirement: ${e.message}`);
      throw e;
    }
  }

  private parseRequirement(): Requirement {
    const { key, operator } = this.parseKeyAndInferOperator();
    if (operator === Operator.Exists || operator === Operator.DoesNotExist) {
      return newRequirement(key, operator, [], this.path);
    }
    const op = this.parseOperator();
    const values = op === Operator.In || op === Operator.NotIn ? this.parseValues() : this.parseExactValue();
    // A sets.String: deduplicated and listed sorted.
    return newRequirement(key, op, [...values].sort(compareGoStrings), this.path);
  }

  private parseKeyAndInferOperator(): { key: string; operator: Operator | '' } {
    let operator: Operator | '' = '';
    let item = this.consume(Context.Values);
    if (item.tok === Token.DoesNotExist) {
      operator = Operator.DoesNotExist;
      item = this.consume(Context.Values);
    }
    if (item.tok !== Token.Identifier) fail(`found '${item.literal}', expected: identifier`);
    const keyErr = validateLabelKey(item.literal, this.path);
    if (keyErr) fail(keyErr);
    const t = this.lookahead(Context.Values).tok;
    if ((t === Token.EndOfString || t === Token.Comma) && operator !== Operator.DoesNotExist) {
      operator = Operator.Exists;
    }
    return { key: item.literal, operator };
  }

  private parseOperator(): Operator {
    const { tok, literal } = this.consume(Context.KeyAndOperator);
    switch (tok) {
      case Token.In:
        return Operator.In;
      case Token.Equals:
        return Operator.Equals;
      case Token.DoubleEquals:
        return Operator.DoubleEquals;
      case Token.GreaterThan:
        return Operator.GreaterThan;
      case Token.LessThan:
        return Operator.LessThan;
      case Token.NotIn:
        return Operator.NotIn;
      case Token.NotEquals:
        return Operator.NotEquals;
      default:
        return fail(`found '${literal}', expected: ${binaryOperators.join(', ')}`);
    }
  }

  private parseValues(): Set<string> {
    const open = this.consume(Context.Values);
    if (open.tok !== Token.OpenPar) fail(`found '${open.literal}' expected: '('`);
    const { tok, literal } = this.lookahead(Context.Values);
    switch (tok) {
      case Token.Identifier:
      case Token.Comma: {
        const s = this.parseIdentifiersList();
        if (this.consume(Context.Values).tok !== Token.ClosedPar) fail(`found '${literal}', expected: ')'`);
        return s;
      }
      case Token.ClosedPar:
        this.consume(Context.Values);
        return new Set(['']);
      default:
        return fail(`found '${literal}', expected: ',', ')' or identifier`);
    }
  }

  // A possibly empty list of possibly empty identifiers: "(a,,b)", "(,a)", "(a,)".
  private parseIdentifiersList(): Set<string> {
    const s = new Set<string>();
    for (;;) {
      const { tok, literal } = this.consume(Context.Values);
      if (tok === Token.Identifier) {
        s.add(literal);
        const t2 = this.lookahead(Context.Values);
        if (t2.tok === Token.Comma) continue;
        if (t2.tok === Token.ClosedPar) return s;
        fail(`found '${t2.literal}', expected: ',' or ')'`);
      } else if (tok === Token.Comma) {
        if (s.size === 0) s.add('');
        const t2 = this.lookahead(Context.Values).tok;
        if (t2 === Token.ClosedPar) {
          s.add('');
          return s;
        }
        if (t2 === Token.Comma) s.add('');
      } else {
        fail(`found '${literal}', expected: ',', or identifier`);
      }
    }
  }

  private parseExactValue(): Set<string> {
    const t = this.lookahead(Context.Values).tok;
    if (t === Token.EndOfString || t === Token.Comma) return new Set(['']);
    const { tok, literal } = this.consume(Context.Values);
    if (tok === Token.Identifier) return new Set([literal]);
    return fail(`found '${literal}', expected: identifier`);
  }
}

/** The requirements in input order; throws LabelSelectorError with Go's message. */
export function parseRequirements(selector: string, path: OptPath): Requirement[] {
  return new Parser(new Lexer(selector), path).parse();
}
