// Go twin: k8s.io/apiserver/pkg/storage/selection_predicate.go (SelectionPredicate) @ v1.34.0
import type { Obj } from './object';
import { objectMeta } from './object';

/** The part of labels.Selector / fields.Selector that storage needs. */
export interface Selector {
  matches(set: Readonly<Record<string, string>>): boolean;
  empty(): boolean;
  string(): string;
}

/** labels.Everything() / fields.Everything(): matches every set and filters nothing. */
export const everythingSelector: Selector = Object.freeze({
  matches: () => true,
  empty: () => true,
  string: () => '',
});

export interface Attrs {
  labels: Record<string, string>;
  fields: Record<string, string>;
}
/** AttrFunc: the label and field sets a selector is matched against; throws if obj cannot be read. */
export type AttrFunc = (obj: Obj) => Attrs;

function labelsOf(obj: Obj): Record<string, string> {
  const labels = objectMeta(obj)?.labels;
  if (!labels || typeof labels !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const defaultClusterScopedAttr: AttrFunc = (obj) => ({
  labels: labelsOf(obj),
  fields: { 'metadata.name': str(objectMeta(obj)?.name) },
});

export const defaultNamespaceScopedAttr: AttrFunc = (obj) => ({
  labels: labelsOf(obj),
  fields: {
    'metadata.name': str(objectMeta(obj)?.name),
    'metadata.namespace': str(objectMeta(obj)?.namespace),
  },
});

export interface SelectionPredicateInit {
  label?: Selector;
  field?: Selector;
  /** Go leaves GetAttrs nil in `Everything`; we default to the namespace-scoped attributes. */
  getAttrs?: AttrFunc;
  limit?: number;
  continue?: string;
  allowWatchBookmarks?: boolean;
}

/** How a list or watch selects objects: selectors plus paging (limit / continue). */
export class SelectionPredicate {
  readonly label: Selector;
  readonly field: Selector;
  readonly getAttrs: AttrFunc;
  readonly limit: number;
  readonly continue: string;
  readonly allowWatchBookmarks: boolean;

  constructor(init: SelectionPredicateInit = {}) {
    this.label = init.label ?? everythingSelector;
    this.field = init.field ?? everythingSelector;
    this.getAttrs = init.getAttrs ?? defaultNamespaceScopedAttr;
    this.limit = init.limit ?? 0;
    this.continue = init.continue ?? '';
    this.allowWatchBookmarks = init.allowWatchBookmarks ?? false;
  }

  /** True if obj's labels and fields match; throws when getAttrs fails (Go returns the error). */
  matches(obj: Obj): boolean {
    if (this.empty()) return true;
    const { labels, fields } = this.getAttrs(obj);
    return this.label.matches(labels) && this.field.matches(fields);
  }

  matchesObjectAttributes(labels: Record<string, string>, fields: Record<string, string>): boolean {
    if (this.empty()) return true;
    return this.label.matches(labels) && this.field.matches(fields);
  }

  /** True if the predicate performs no filtering (limit and continue do not count). */
  empty(): boolean {
    return this.label.empty() && this.field.empty();
  }
}

/** storage.Everything: accepts all objects. */
export const Everything: SelectionPredicate = Object.freeze(new SelectionPredicate());
