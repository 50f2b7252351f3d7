// Go twin: k8s.io/apimachinery/pkg/version/helpers.go (parseKubeVersion, CompareKubeAwareVersionStrings)
// @ v1.34.0 — kept beside its only user, the APIService sort; it belongs in engine/util/version.
import { compareGoStrings } from '../../../util/sort/strings';

const enum VersionType {
  // Bigger the version type number, higher priority it is
  Alpha = 0,
  Beta = 1,
  GA = 2,
}

const kubeVersionRegex = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

function parseKubeVersion(v: string): { major: number; type: VersionType; minor: number } | null {
  const m = kubeVersionRegex.exec(v);
  if (!m) return null;
  const type = m[2] === 'alpha' ? VersionType.Alpha : m[2] === 'beta' ? VersionType.Beta : VersionType.GA;
  const major = Number(m[1]);
  if (!Number.isSafeInteger(major)) return null; // strconv.Atoi overflow
  let minor = 0;
  if (type !== VersionType.GA) {
    minor = Number(m[3]);
    if (!Number.isSafeInteger(minor)) return null;
  }
  return { major, type, minor };
}

/**
 * CompareKubeAwareVersionStrings: > 0 when v1 sorts before v2. Kube-like versions (`v<major>[alpha|beta<minor>]`)
 * order GA > beta > alpha, then by major, then by minor, and all come before other strings, which order
 * lexicographically (`foo1` before `foo10`). E.g. v10, v2, v1, v11beta2, v10beta3, v3beta1, v12alpha1, foo1.
 */
export function compareKubeAwareVersionStrings(v1: string, v2: string): number {
  if (v1 === v2) return 0;
  const a = parseKubeVersion(v1);
  const b = parseKubeVersion(v2);
  if (!a && !b) return compareGoStrings(v2, v1);
  if (!a) return -1;
  if (!b) return 1;
  if (a.type !== b.type) return a.type - b.type;
  if (a.major !== b.major) return a.major - b.major;
  return a.minor - b.minor;
}
