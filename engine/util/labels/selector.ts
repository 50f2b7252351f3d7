// Go twin: k8s.io/apimachinery/pkg/labels/selector.go (Selector, Parse, SelectorFromSet) @ v1.34.0
import { Operator } from '../selection/operator';
import { compareGoStrings } from '../sort/strings';
import type { Set } from './labels';
import { LabelSelectorError, Requirement, newRequirement } from './requirement';
import type { OptPath } from './requirement';
import { parseRequirements } from './parser';

export { LabelSelectorError, Requirement, newRequirement } from './requirement';

export interface Selector {
  /** True if every requirement matches the labels. */
  matches(ls: Set): boolean;
  /** True if the selector does not restrict anything. */
  empty(): boolean;
  string(): string;
  /** A copy with more requirements, sorted by key. */
  add(...reqs: Requirement[]): Selector;
  /** selectable is false only for nothing(). */
  requirements(): { requirements: readonly Requirement[]; selectable: boolean };
  /** The single value a label must have, or undefined. */
  requiresExactMatch(label: string): string | undefined;
}

// Go's sort.Sort(ByKey) is not stable in general but is for the short lists real selectors have.
const byKey = (a: Requirement, b: Requirement) => compareGoStrings(a.key, b.key);

class InternalSelector implements Selector {
  constructor(private readonly reqs: readonly Requirement[]) {}

  matches(ls: Set): boolean {
    return this.reqs.every((r) => r.matches(ls));
  }
  empty(): boolean {
    return this.reqs.length === 0;
  }
  string(): string {
    return this.reqs.map((r) => r.string()).join(',');
  }
  add(...reqs: Requirement[]): Selector {
    return new InternalSelector([...this.reqs, ...reqs].sort(byKey));
  }
  requirements() {
    return { requirements: this.reqs, selectable: true };
  }
  requiresExactMatch(label: string): string | undefined {
    const r = this.reqs.find((x) => x.key === label);
    if (!r) return undefined;
    const exact =
      r.operator === Operator.Equals || r.operator === Operator.DoubleEquals || r.operator === Operator.In;
    return exact && r.strValues.length === 1 ? r.strValues[0] : undefined;
  }
}

class NothingSelector implements Selector {
  matches(): boolean {
    return false;
  }
  empty(): boolean {
    return false;
  }
  string(): string {
    return '';
  }
  add(): Selector {
    return this;
  }
  requirements() {
    return { requirements: [] as readonly Requirement[], selectable: false };
  }
  requiresExactMatch(): string | undefined {
    return undefined;
  }
}

const sharedEverything = new InternalSelector([]);
const sharedNothing = new NothingSelector();

export function everything(): Selector {
  return sharedEverything;
}

export function nothing(): Selector {
  return sharedNothing;
}

/** Only the nothing() selector is known to match nothing. */
export function matchesNothing(s: Selector): boolean {
  return s === sharedNothing;
}

/** NewSelector: an empty selector to add() requirements to. */
export function newSelector(): Selector {
  return new InternalSelector([]);
}

/**
 * Parse a label selector string (`a=b,c!=d,e in (f,g),!h,i,j>3`). Throws LabelSelectorError with Go's exact
 * message, which the apiserver returns verbatim in a 400 (ListOptions conversion does not wrap it).
 */
export function parse(selector: string, path: OptPath = null): Selector {
  return new InternalSelector(parseToRequirements(selector, path));
}

/** ParseToRequirements: the parsed requirements, sorted by key. */
export function parseToRequirements(selector: string, path: OptPath = null): Requirement[] {
  return parseRequirements(selector, path).sort(byKey);
}

/** SelectorFromSet: exact matches for every label, unvalidated; an empty set selects everything. */
export function selectorFromSet(ls: Set | null | undefined): Selector {
  if (!ls) return new InternalSelector([]);
  const reqs = Object.keys(ls).map((k) => new Requirement(k, Operator.Equals, [ls[k]!]));
  return new InternalSelector(reqs.sort(byKey));
}

/** ValidatedSelectorFromSet: like selectorFromSet, but throws on the first invalid label (keys in order). */
export function validatedSelectorFromSet(ls: Set | null | undefined): Selector {
  if (!ls) return new InternalSelector([]);
  const keys = Object.keys(ls).sort(compareGoStrings);
  return new InternalSelector(keys.map((k) => newRequirement(k, Operator.Equals, [ls[k]!])));
}

export function isLabelSelectorError(e: unknown): e is LabelSelectorError {
  return e instanceof LabelSelectorError;
}
