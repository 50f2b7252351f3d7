// Go twin: k8s.io/apimachinery/pkg/util/rand and k8s.io/apimachinery/pkg/util/uuid — but seeded, so a
// scenario produces the same UIDs and generated names every time it runs.

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4 UUID drawn from `random`, formatted as uuid.NewUUID() prints it. */
export function uuidFrom(random: () => number): string {
  const word = () => (Math.floor(random() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
  const a = word();
  const b = word();
  const c = word();
  const d = word();
  // version 4 in the 13th hex digit, variant 10xx in the 17th
  const version = '4' + b.slice(5, 8);
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16) + c.slice(1, 4);
  return `${a}-${b.slice(0, 4)}-${version}-${variant}-${c.slice(4, 8)}${d}`;
}
