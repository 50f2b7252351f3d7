// Go twin: k8s.io/apiserver/pkg/storage/names/generate.go (SimpleNameGenerator) and
// k8s.io/apimachinery/pkg/util/rand/rand.go (String) @ v1.34.0

// Consonants and digits only, so generated names never spell words.
const alphanums = 'bcdfghjklmnpqrstvwxz2456789';
const maxNameLength = 63;
const randomLength = 5;
const maxGeneratedNameLength = maxNameLength - randomLength;

/** rand.String(n) drawing from a seeded source, so a scenario always generates the same names. */
export function randString(n: number, random: () => number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphanums[Math.floor(random() * alphanums.length)];
  return out;
}

/** GenerateName: the base cut to 58 characters plus 5 random ones. */
export function generateName(base: string, random: () => number): string {
  const trimmed = base.length > maxGeneratedNameLength ? base.slice(0, maxGeneratedNameLength) : base;
  return trimmed + randString(randomLength, random);
}
