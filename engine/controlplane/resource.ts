// Go twin: the shape every pkg/registry/<group>/<resource>/storage/storage.go NewStorage/NewREST shares:
// a generic registry Store (plus a status Store on the same keys) configured for one resource @ v1.34.0
import type { TablePrinter } from '../printers/printers';
import type { ResourceStrategy } from '../registry/rest/create';
import { Store, type StoreEnv } from '../registry/generic/registry/store';
import { newStorage, type StorageFactoryConfig } from '../registry/generic/registry/storage_factory';
import type { GroupResource, GroupVersionKind } from '../runtime/schema/groupversion';
import type { StoreIndex } from './listers';

export interface RegistryContext {
  storage: StorageFactoryConfig;
  env: StoreEnv;
  /** where each resource's Store is recorded, for the listers of admission and authorization */
  index?: StoreIndex;
}

export interface ResourceSpec {
  gr: GroupResource;
  /** the internal kind the store holds */
  gvk: GroupVersionKind;
  strategy: ResourceStrategy;
  statusStrategy?: ResourceStrategy;
  tablePrinter?: TablePrinter;
  shortNames?: string[];
  categories?: string[];
  returnDeletedObject?: boolean;
  resetFields?: string[];
  /** a key prefix other than the resource name, e.g. `services/specs` */
  resourcePrefix?: string;
}

export function resourceStores(c: RegistryContext, spec: ResourceSpec): { main: Store; status?: Store } {
  const newFunc = () => c.storage.scheme.new(spec.gvk);
  const storageConfig = spec.resourcePrefix
    ? {
        ...c.storage,
        resourcePrefixOverrides: {
          ...c.storage.resourcePrefixOverrides,
          [spec.gr.resource]: spec.resourcePrefix,
        },
      }
    : c.storage;
  const parts = newStorage(storageConfig, spec.gr, newFunc);
  const base = {
    qualifiedResource: spec.gr,
    keyRoot: parts.keyRoot,
    storage: parts.storage,
    newFunc,
    env: c.env,
  };
  const main = new Store({
    ...base,
    strategy: spec.strategy,
    ...(spec.tablePrinter ? { tablePrinter: spec.tablePrinter } : {}),
    ...(spec.shortNames ? { shortNames: spec.shortNames } : {}),
    ...(spec.categories ? { categories: spec.categories } : {}),
    ...(spec.returnDeletedObject ? { returnDeletedObject: true } : {}),
    ...(spec.resetFields ? { resetFields: spec.resetFields } : {}),
  });
  c.index?.register(spec.gr, main);
  if (!spec.statusStrategy) return { main };
  const status = new Store({ ...base, strategy: spec.statusStrategy, resetFields: ['spec', 'metadata'] });
  return { main, status };
}
