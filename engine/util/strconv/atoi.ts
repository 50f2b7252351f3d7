// Go twin: strconv/atoi.go (Atoi, NumError) @ go1.24 — for 64-bit int
import { quote } from './quote';

/** strconv.Atoi: a signed decimal int64, or a NumError message such as `strconv.Atoi: parsing "x": invalid syntax`. */
export function atoi(s: string): { value: bigint } | { error: string } {
  if (!/^[+-]?[0-9]+$/.test(s)) return { error: `strconv.Atoi: parsing ${quote(s)}: invalid syntax` };
  const n = BigInt(s);
  if (n < -(2n ** 63n) || n >= 2n ** 63n)
    return { error: `strconv.Atoi: parsing ${quote(s)}: value out of range` };
  return { value: n };
}
