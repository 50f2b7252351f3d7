// Go twin: k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity, Quantity.String, Cmp, …),
// suffix.go, amount.go @ v1.34.0
//
// A Quantity is a fixed-point decimal number. Go keeps an int64 fast path and an inf.Dec slow path; here one
// exact form serves both: value = unscaled × 10^scale, with a BigInt `unscaled`. Parsing follows Go's scanner
// byte for byte (including its odd corners: "m" and "-" parse as 0, "1e" is an exa), and String() gives Go's
// canonical form, reusing the input string exactly when Go's fast path would.

/** Go's splitREString, quoted by ErrFormatWrong. */
export const splitREString = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
export const errFormatWrongMessage = `quantities must match the regular expression '${splitREString}'`;
export const errNumericMessage = 'unable to parse numeric part of quantity';
export const errSuffixMessage = "unable to parse quantity's suffix";

export type Format = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/** Scales (powers of ten) as Go names them. */
export const Nano = -9;
export const Micro = -6;
export const Milli = -3;

const maxInt64 = (1n << 63n) - 1n;
const maxInt64Factors = 18;

export class Quantity {
  /**
   * @param unscaled the mantissa: the value is unscaled × 10^scale
   * @param scale a power of ten (Go's resource.Scale, not inf.Scale)
   * @param format the suffix family the value is printed in
   * @param s the cached string; set only when Go would reuse the input as is
   */
  private constructor(
    readonly unscaled: bigint,
    readonly scale: number,
    readonly format: Format,
    private readonly s: string,
  ) {}

  /** @internal */
  static of(unscaled: bigint, scale: number, format: Format, s = ''): Quantity {
    return new Quantity(unscaled, scale, format, s);
  }

  /** Go's String(): the cached input when canonical, else the canonical form. */
  toString(): string {
    return this.s.length > 0 ? this.s : canonicalize(this);
  }

  toJSON(): string {
    return this.toString();
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.unscaled === 0n ? 0 : this.unscaled < 0n ? -1 : 1;
  }

  /** Cmp: -1, 0 or 1 as this is less than, equal to or greater than y. */
  cmp(y: Quantity): -1 | 0 | 1 {
    const [a, b] = align(this, y);
    return a === b ? 0 : a < b ? -1 : 1;
  }

  cmpInt64(y: number | bigint): -1 | 0 | 1 {
    return this.cmp(Quantity.of(BigInt(y), 0, 'DecimalSI'));
  }

  equal(y: Quantity): boolean {
    return this.cmp(y) === 0;
  }

  /** ScaledValue: the value in units of 10^scale, rounded away from zero (may exceed 2^53). */
  scaledValueBig(scale: number): bigint {
    return roundAwayFromZero(this.unscaled, this.scale - scale);
  }

  scaledValue(scale: number): number {
    return Number(this.scaledValueBig(scale));
  }

  /** Value(): the integer value rounded away from zero. */
  value(): number {
    return this.scaledValue(0);
  }

  /** MilliValue(): ceil(q × 1000). */
  milliValue(): number {
    return this.scaledValue(Milli);
  }

  /** AsApproximateFloat64. */
  asApproximateFloat64(): number {
    return Number(this.unscaled) * 10 ** this.scale;
  }

  /** Add: a new quantity (Go mutates); the format of y is taken when this is zero. */
  add(y: Quantity): Quantity {
    const scale = Math.min(this.scale, y.scale);
    const sum =
      this.unscaled * 10n ** BigInt(this.scale - scale) + y.unscaled * 10n ** BigInt(y.scale - scale);
    return Quantity.of(sum, scale, this.isZero() ? y.format : this.format);
  }

  sub(y: Quantity): Quantity {
    return this.add(y.neg());
  }

  neg(): Quantity {
    return Quantity.of(-this.unscaled, this.scale, this.format);
  }

  withFormat(format: Format): Quantity {
    return Quantity.of(this.unscaled, this.scale, format);
  }

  /**
   * RoundUp(scale): rounds away from zero to a multiple of 10^scale. The cached string survives when no rounding
   * is needed, as in Go's int64 path.
   */
  roundUp(scale: number): { quantity: Quantity; exact: boolean } {
    if (this.scale >= scale) return { quantity: this, exact: true };
    const rounded = roundAwayFromZero(this.unscaled, this.scale - scale);
    const exact = rounded * 10n ** BigInt(scale - this.scale) === this.unscaled;
    return { quantity: Quantity.of(rounded, scale, this.format), exact };
  }
}

/** The value of q as an exact (unscaled, scale) pair, normalized to the smaller scale of the two. */
function align(x: Quantity, y: Quantity): [bigint, bigint] {
  const scale = Math.min(x.scale, y.scale);
  return [x.unscaled * 10n ** BigInt(x.scale - scale), y.unscaled * 10n ** BigInt(y.scale - scale)];
}

/** unscaled × 10^shift, rounded away from zero when shift is negative. */
function roundAwayFromZero(unscaled: bigint, shift: number): bigint {
  if (shift >= 0) return unscaled * 10n ** BigInt(shift);
  const d = 10n ** BigInt(-shift);
  const q = unscaled / d;
  if (q * d === unscaled) return q;
  return unscaled < 0n ? q - 1n : q + 1n;
}

// ---- suffixes (suffix.go) -------------------------------------------------------------------------------------

const decSuffixes: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const binSuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decByExp = new Map(Object.entries(decSuffixes).map(([k, v]) => [v, k]));
const binByExp = new Map(Object.entries(binSuffixes).map(([k, v]) => [v, k]));

const own = (o: Record<string, number>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

interface Interpreted {
  base: 2 | 10;
  exponent: number;
  format: Format;
}

/** quantitySuffixer.interpret, including the retry with the first letter's case flipped. */
function interpretSuffix(s: string, retried = false): Interpreted | null {
  if (own(decSuffixes, s)) return { base: 10, exponent: decSuffixes[s]!, format: 'DecimalSI' };
  if (own(binSuffixes, s)) return { base: 2, exponent: binSuffixes[s]!, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'E' || s[0] === 'e')) {
    const n = parseGoInt64(s.slice(1));
    if (n === null) return null;
    return { base: 10, exponent: Number(BigInt.asIntN(32, n)), format: 'DecimalExponent' };
  }
  if (retried) return null;
  // Only the first letter's case is retried; a first character that is no letter leaves Go's `altered_suffix`
  // empty, and "" is a decimal suffix, so "1+3" parses as 1.
  const first = s[0] ?? '';
  let altered = '';
  if (first >= 'a' && first <= 'z') altered = first.toUpperCase() + s.slice(1);
  else if (first >= 'A' && first <= 'Z') altered = first.toLowerCase() + s.slice(1);
  if (own(binSuffixes, altered) || own(decSuffixes, altered)) return interpretSuffix(altered, true);
  return null;
}

/** strconv.ParseInt(s, 10, 64): an optional sign and decimal digits, within int64. */
function parseGoInt64(s: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  if (n > maxInt64 || n < -maxInt64 - 1n) return null;
  return n;
}

// ---- parsing (quantity.go) ------------------------------------------------------------------------------------

interface Scanned {
  positive: boolean;
  /** the numeric text Go hands to inf.Dec on its slow path (sign, digits, point) */
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const suffixChars = 'eEinumkKMGTP';

/** parseQuantityString: Go's hand-written scanner; it is laxer than the regular expression it quotes. */
function parseQuantityString(str: string): Scanned {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (pos < end) {
    if (str[0] === '-') {
      positive = false;
      pos++;
    } else if (str[0] === '+') {
      pos++;
    }
  }
  // strip leading zeros
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
    if (str[i] === '0') pos++;
    else break;
  }
  // the numerator
  let num = '';
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value: str, num: str.slice(pos, end), denom: '', suffix: '' };
    if (!isDigit(str[i])) {
      num = str.slice(pos, i);
      pos = i;
      break;
    }
  }
  if (num.length === 0) num = '0';
  // a denominator
  let denom = '';
  if (pos < end && str[pos] === '.') {
    pos++;
    for (let i = pos; ; i++) {
      if (i >= end) return { positive, value: str, num, denom: str.slice(pos, end), suffix: '' };
      if (!isDigit(str[i])) {
        denom = str.slice(pos, i);
        pos = i;
        break;
      }
    }
  }
  const value = str.slice(0, pos);
  // the suffix
  const suffixStart = pos;
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart, end) };
    if (!suffixChars.includes(str[i]!)) {
      pos = i;
      break;
    }
  }
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  for (let i = pos; ; i++) {
    if (i >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart, end) };
    if (!isDigit(str[i])) break;
  }
  // a non-digit after the exponent's digits
  throw new Error(errFormatWrongMessage);
}

/** ParseQuantity: throws Error with Go's message (ErrFormatWrong, ErrSuffix or ErrNumeric). */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new Error(errFormatWrongMessage);
  if (str === '0') return Quantity.of(0n, 0, 'DecimalSI', str);

  const { positive, value: numeric, num, denom, suffix } = parseQuantityString(str);
  const interp = interpretSuffix(suffix);
  if (!interp) throw new Error(errSuffixMessage);
  const { base, exponent } = interp;
  let format = interp.format;

  // Go's int64 fast path decides whether the input string is kept as the canonical form.
  let precision = 0;
  let scale = 0;
  let mantissa = 1n;
  if (format === 'BinarySI') {
    if (exponent >= 0 && denom.length === 0) {
      mantissa = 1n << BigInt(exponent);
      precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
    } else {
      precision = -1;
    }
  } else {
    scale = exponent;
    precision = maxInt64Factors - (num.length + denom.length);
  }
  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= Nano) {
      const shifted = num + denom;
      const value = parseGoInt64(shifted);
      if (value === null) throw new Error(errNumericMessage);
      const product = value * mantissa;
      if (product <= maxInt64) {
        const result = positive ? product : -product;
        let reuse: boolean;
        if (format === 'BinarySI') reuse = exponent % 10 === 0 && (value & 7n) !== 0n;
        else reuse = scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
        return Quantity.of(result, scale, format, reuse ? str : '');
      }
    }
  }

  // The inf.Dec path: exact decimal arithmetic, rounded up to nano units.
  if (!/[0-9]/.test(numeric)) throw new Error(errNumericMessage);
  let unscaled = BigInt(num + denom);
  let decScale = -denom.length;
  if (base === 10) decScale += exponent;
  else unscaled *= 1n << BigInt(exponent);
  if (unscaled !== 0n && decScale < Nano) {
    unscaled = roundAwayFromZero(unscaled, decScale - Nano);
    decScale = Nano;
  }
  if (format === 'BinarySI') {
    const q = Quantity.of(unscaled, decScale, format);
    if (q.cmp(Quantity.of(maxInt64, 0, format)) > 0) {
      unscaled = maxInt64;
      decScale = 0;
    } else if (q.sign() > 0 && q.cmp(Quantity.of(1n, 0, format)) < 0) {
      format = 'DecimalSI';
    }
  }
  return Quantity.of(positive ? unscaled : -unscaled, decScale, format);
}

/** MustParse: for constants; throws like Go's panic message. */
export function mustParse(str: string): Quantity {
  try {
    return parseQuantity(str);
  } catch (e) {
    throw new Error(`cannot parse '${str}': ${(e as Error).message}`);
  }
}

/** NewQuantity / NewMilliQuantity / NewScaledQuantity. */
export const newQuantity = (value: number | bigint, format: Format): Quantity =>
  Quantity.of(BigInt(value), 0, format);
export const newMilliQuantity = (value: number | bigint, format: Format): Quantity =>
  Quantity.of(BigInt(value), Milli, format);
export const newScaledQuantity = (value: number | bigint, scale: number): Quantity =>
  Quantity.of(BigInt(value), scale, 'DecimalSI');

/** The zero Quantity{} Go compares against (e.g. `value.Cmp(resource.Quantity{}) < 0`). */
export const zeroQuantity: Quantity = Quantity.of(0n, 0, 'DecimalSI');

// ---- canonical form (CanonicalizeBytes) -----------------------------------------------------------------------

function canonicalize(q: Quantity): string {
  if (q.isZero()) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    if (q.cmpInt64(-1024) > 0 && q.cmpInt64(1024) < 0) {
      format = 'DecimalSI';
    } else if (q.roundUp(0).exact) {
      return base1024(q.scaledValueBig(0));
    } else {
      format = 'DecimalSI';
    }
  }
  // AsCanonicalBytes: move factors of ten into the exponent, then make the exponent a multiple of three.
  let m = q.unscaled;
  let e = q.scale;
  while (m % 10n === 0n) {
    m /= 10n;
    e++;
  }
  while (e % 3 !== 0) {
    m *= 10n;
    e--;
  }
  if (format === 'DecimalExponent') return e === 0 ? m.toString() : `${m}e${e}`;
  return m.toString() + (decByExp.get(e) ?? '');
}

function base1024(value: bigint): string {
  let m = value;
  let times = 0;
  const neg = m < 0n;
  if (neg) m = -m;
  while (m >= 1024n && m % 1024n === 0n) {
    m /= 1024n;
    times++;
  }
  if (neg) m = -m;
  return m.toString() + (binByExp.get(times * 10) ?? '');
}
