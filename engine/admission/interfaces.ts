// Go twin: k8s.io/apiserver/pkg/admission/interfaces.go (Attributes, MutationInterface,
// ValidationInterface) and chain.go @ v1.34.0
import type { UserInfo } from '../endpoints/request/context';
import type { RuntimeObject } from '../runtime/object';
import type { GroupVersionKind, GroupVersionResource } from '../runtime/schema/groupversion';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

export interface Attributes {
  name: string;
  namespace: string;
  resource: GroupVersionResource;
  subresource: string;
  operation: Operation;
  kind: GroupVersionKind;
  object: RuntimeObject | null;
  oldObject: RuntimeObject | null;
  dryRun: boolean;
  userInfo?: UserInfo;
}

export interface Plugin {
  name: string;
  handles(op: Operation): boolean;
  /** mutating plugins change attrs.object in place */
  admit?(attrs: Attributes): Promise<void> | void;
  validate?(attrs: Attributes): Promise<void> | void;
}

/** chainAdmissionHandler: every mutating plugin in order, then every validating one. */
export class Chain {
  constructor(readonly plugins: Plugin[] = []) {}

  async admit(attrs: Attributes): Promise<void> {
    for (const p of this.plugins) if (p.admit && p.handles(attrs.operation)) await p.admit(attrs);
  }

  async validate(attrs: Attributes): Promise<void> {
    for (const p of this.plugins) if (p.validate && p.handles(attrs.operation)) await p.validate(attrs);
  }
}
