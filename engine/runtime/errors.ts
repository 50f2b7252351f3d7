// Go twin: k8s.io/apimachinery/pkg/runtime/error.go (notRegisteredErr, missingKindErr) @ v1.34.0
import { quote } from '../util/strconv/quote';
import type { GroupVersion, GroupVersionKind } from './schema/groupversion';

/** The scheme's "no kind is registered …" family; Go picks the text from which fields are set. */
export class NotRegisteredError extends Error {
  constructor(
    readonly schemeName: string,
    readonly gvk: GroupVersionKind | null,
    readonly target: GroupVersion | null,
    readonly typeName: string | null,
  ) {
    super(notRegisteredMessage(schemeName, gvk, target, typeName));
    this.name = 'NotRegisteredError';
  }
}

function notRegisteredMessage(
  scheme: string,
  gvk: GroupVersionKind | null,
  target: GroupVersion | null,
  typeName: string | null,
): string {
  if (typeName !== null && target !== null) {
    return `${typeName} is not suitable for converting to ${quote(target.group ? `${target.group}/${target.version}` : target.version)} in scheme ${quote(scheme)}`;
  }
  if (typeName !== null) return `no kind is registered for the type ${typeName} in scheme ${quote(scheme)}`;
  const g = gvk!;
  if (g.kind === '')
    return `no version ${quote(g.group ? `${g.group}/${g.version}` : g.version)} has been registered in scheme ${quote(scheme)}`;
  if (g.version === '__internal') {
    return `no kind ${quote(g.kind)} is registered for the internal version of group ${quote(g.group)} in scheme ${quote(scheme)}`;
  }
  return `no kind ${quote(g.kind)} is registered for version ${quote(g.group ? `${g.group}/${g.version}` : g.version)} in scheme ${quote(scheme)}`;
}

export const isNotRegisteredError = (e: unknown): e is NotRegisteredError => e instanceof NotRegisteredError;
