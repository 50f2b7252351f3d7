// Go twin: k8s.io/apimachinery/pkg/util/errors/errors.go (NewAggregate, aggregate.Error, aggregate.visit) @ v1.34.0
// Several errors reported as one: the unions of authenticators and of authorizers, RBAC and LimitRanger
// aggregate theirs.

/** utilerrors.Aggregate: one error that stands for several. */
export class AggregateError extends Error {
  constructor(readonly errors: readonly Error[]) {
    super(aggregateMessage(errors));
    this.name = 'AggregateError';
  }
}

/** NewAggregate: null for no errors (Go returns a nil Aggregate). */
export function newAggregate(errs: readonly Error[]): AggregateError | null {
  return errs.length === 0 ? null : new AggregateError(errs);
}

/** Nested aggregates are flattened, as aggregate.visit does. */
function flatten(errs: readonly Error[]): Error[] {
  return errs.flatMap((e) => (e instanceof AggregateError ? flatten(e.errors) : [e]));
}

/** aggregate.Error: duplicate messages dropped; one as itself; several as `[a, b]`; '' for none. */
export function aggregateMessage(errs: readonly Error[]): string {
  if (errs.length === 0) return '';
  if (errs.length === 1) return errs[0]!.message;
  const msgs = [...new Set(flatten(errs).map((e) => e.message))];
  if (msgs.length === 1) return msgs[0]!;
  return `[${msgs.join(', ')}]`;
}
