// Go twin: fmt/format.go (fmtFloat for %v) @ Go 1.24 — how kube-openapi prints schema bounds in messages.

/** A float64 as Go's %v prints it: shortest digits, exponent form below 1e-4 or from 1e21, as in `1e-05`. */
export function goFloat(f: number): string {
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf';
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    const [mant, exp] = f.toExponential().split('e') as [string, string];
    const sign = exp.startsWith('-') ? '-' : '+';
    const digits = exp.replace(/^[+-]/, '');
    return `${mant}e${sign}${digits.padStart(2, '0')}`;
  }
  return String(f);
}
