// Go twin: k8s.io/apimachinery/pkg/api/resource/quantity.go (the Quantity struct: i int64Amount, d infDecAmount,
// s string, Format) @ v1.34.0
//
// Go's String() has a pointer receiver, so a field error holding a resource.Quantity *value* is printed with
// %#v: the raw struct. Validation messages such as LimitRange's `min value 2 is greater than max value 1` show
// it, and users see it verbatim, so we render the same text.
import { Nano, parseQuantity, type Quantity } from './quantity';

const maxInt64 = (1n << 63n) - 1n;

/** The string Go caches in Quantity.s: set only when parsing kept the input as the canonical form. */
function cachedString(q: Quantity): string {
  return (q as unknown as { s: string }).s;
}

/**
 * `%#v` of a resource.Quantity. Values that fit Go's int64 fast path print their mantissa and scale; the rare
 * inf.Dec values print a nil-free pointer Go would show as an address, which we cannot know.
 */
export function quantityGoSyntax(q: Quantity): string {
  const s = JSON.stringify(cachedString(q));
  const fits = q.unscaled <= maxInt64 && q.unscaled >= -maxInt64 - 1n && q.scale >= Nano;
  const i = fits
    ? `resource.int64Amount{value:${q.unscaled}, scale:${q.scale}}`
    : 'resource.int64Amount{value:0, scale:0}';
  const d = fits
    ? 'resource.infDecAmount{Dec:(*inf.Dec)(nil)}'
    : 'resource.infDecAmount{Dec:(*inf.Dec)(0xc000000000)}';
  return `resource.Quantity{i:${i}, d:${d}, s:${s}, Format:"${q.format}"}`;
}

/** `%#v` of the quantity a stored string decodes to (objects hold quantities as their canonical text). */
export function quantityTextGoSyntax(text: string): string {
  return quantityGoSyntax(parseQuantity(text));
}
