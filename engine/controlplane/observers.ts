// What an observer (the flow tracer) can watch in a running server chain: filter entry, delegation hops,
// handler sub-steps and storage encoding. Every hook that returns a promise is awaited, so an observer can hold
// a request at that point (the stepping gate).
import type { StepHooks } from '../endpoints/handlers/steps';
import type { RuntimeObject } from '../runtime/object';
import type { GroupResource } from '../runtime/schema/groupversion';
import type { Request } from '../server/http';

export interface RequestObservers {
  /** a filter of the handler chain is entered (its Go name, or filterlatency's) */
  onFilter?(name: string, req: Request): void | Promise<void>;
  /** a server's director is entered: `kube-aggregator`, `kube-apiserver`, `apiextensions-apiserver`, `not-found` */
  onServer?(name: string, req: Request): void | Promise<void>;
  /** handler sub-steps of this request */
  hooksFor?(req: Request): StepHooks | undefined;
  /** an object was encoded in its storage version (synchronous: storage cannot wait) */
  onStorageEncode?(gr: GroupResource, obj: RuntimeObject, data: string): void;
}
