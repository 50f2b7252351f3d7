// Go twin: k8s.io/apimachinery/pkg/api/equality/semantic.go (Semantic.DeepEqual) with
// k8s.io/apimachinery/third_party/forked/golang/reflect/deep_equal.go @ v1.34.0
//
// Semantic.DeepEqual treats a nil and an empty slice or map as equal. Over JSON-shaped internal objects an
// absent key, null, [] and {} therefore all compare equal. (Go would tell a nil struct pointer from a pointer
// to an empty struct; internal apps objects never hold such empty structs, so nothing is lost here.)
import { isObject } from '../../runtime/object';

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);

export function semanticDeepEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => semanticDeepEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!semanticDeepEqual(a[k], b[k])) return false;
    }
    return true;
  }
  return a === b;
}
