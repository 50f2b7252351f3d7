// Go twin: k8s.io/apiextensions-apiserver/pkg/client/listers/apiextensions/v1 (CustomResourceDefinitionLister)
// @ v1.34.0
//
// Go's handlers read CRDs from an informer cache; here they read the CRD registry directly (the same objects,
// without the watch), as internal objects with the v1 field names.
import type { RequestContext } from '../../endpoints/request/context';
import type { RuntimeObject } from '../../runtime/object';
import type { CustomResourceDefinition } from '../apis/apiextensions/types';

export interface CRDLister {
  get(name: string): Promise<CustomResourceDefinition | undefined>;
  list(): Promise<CustomResourceDefinition[]>;
}

/** The part of a registry Store a lister reads. */
export interface CRDStoreReader {
  get(ctx: RequestContext, name: string): Promise<RuntimeObject>;
  list(ctx: RequestContext, options: Record<string, never>): Promise<{ items: RuntimeObject[] }>;
}

const cluster: RequestContext = { namespace: '' };

export function crdListerFromStore(store: CRDStoreReader): CRDLister {
  return {
    async get(name) {
      try {
        return (await store.get(cluster, name)) as CustomResourceDefinition;
      } catch {
        return undefined; // NotFound: the handler delegates
      }
    },
    async list() {
      return (await store.list(cluster, {})).items as CustomResourceDefinition[];
    },
  };
}
