// Go twin: k8s.io/apimachinery/pkg/api/validation/path/name.go @ v1.34.0
// Names become path segments (REST URLs, etcd keys), so a few strings are never allowed.

export const nameMayNotBe = ['.', '..'] as const;
export const nameMayNotContain = ['/', '%'] as const;

export function isValidPathSegmentName(name: string): string[] {
  for (const illegal of nameMayNotBe) {
    if (name === illegal) return [`may not be '${illegal}'`];
  }
  return isValidPathSegmentPrefix(name);
}

/** For generateName prefixes: an arbitrary suffix may still make `.`/`..` valid, so only substrings count. */
export function isValidPathSegmentPrefix(name: string): string[] {
  const errs: string[] = [];
  for (const illegal of nameMayNotContain) {
    if (name.includes(illegal)) errs.push(`may not contain '${illegal}'`);
  }
  return errs;
}

export function validatePathSegmentName(name: string, prefix: boolean): string[] {
  return prefix ? isValidPathSegmentPrefix(name) : isValidPathSegmentName(name);
}
