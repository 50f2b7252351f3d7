// Go twin: k8s.io/kube-aggregator/pkg/registry/apiservice/etcd/etcd.go (NewREST, REST.Categories,
// REST.ConvertToTable, NewStatusREST) @ v1.34.0
//
// The aggregator's storage options come from etcdOptions.ApplyTo (SimpleRestOptionsFactory), whose resource
// prefix is `<group>/<resource>`: APIServices live under /registry/apiregistration.k8s.io/apiservices/<name>,
// encoded as apiregistration.k8s.io/v1.
import type { APIService } from '../../apis/apiregistration/types';
import { ConditionTrue, ConditionUnknown } from '../../apis/apiregistration/types';
import { resourceStores, type RegistryContext } from '../../../controlplane/resource';
import { StatusREST } from '../../../registry/generic/registry/status';
import type { Store } from '../../../registry/generic/registry/store';
import { ageColumn, col, nameColumn, translateTimestampSince } from '../../../printers/core_common';
import type { TablePrinter } from '../../../printers/printers';
import type { RuntimeObject } from '../../../runtime/object';
import { newAPIServiceStatusStrategy, newAPIServiceStrategy } from './strategy';

/**
 * ConvertToTable: Name, Service (`Local`, or `<namespace>/<name>`), Available (the Available condition's
 * status, `False (<reason>)` when not True and a reason is given, `Unknown` without the condition), Age.
 */
export function printAPIService(svc: APIService, now: Date): unknown[] {
  const ref = svc.spec?.service;
  const service = ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : 'Local';
  let status = ConditionUnknown;
  const condition = (svc.status?.conditions ?? []).find((c) => c.type === 'Available');
  if (condition) {
    const s = condition.status ?? '';
    if (s === ConditionTrue) status = s;
    else if ((condition.reason ?? '').length > 0) status = `${s} (${condition.reason})`;
    else status = s;
  }
  return [
    svc.metadata?.name ?? '',
    service,
    status,
    translateTimestampSince(svc.metadata?.creationTimestamp, now),
  ];
}

export const apiServiceTablePrinter: TablePrinter = {
  columns: [
    nameColumn(),
    col('Service', 'string', 'The reference to the service that hosts this API endpoint.'),
    col('Available', 'string', 'Whether this service is available.'),
    ageColumn(),
  ],
  cells: (obj: RuntimeObject, now: Date) => printAPIService(obj as APIService, now),
};

/** NewREST and NewStatusREST: one store for `apiservices`, its status twin on the same keys. */
export function newAPIServiceREST(c: RegistryContext): { rest: Store; status: StatusREST } {
  const stores = resourceStores(c, {
    gr: { group: 'apiregistration.k8s.io', resource: 'apiservices' },
    gvk: { group: 'apiregistration.k8s.io', version: '__internal', kind: 'APIService' },
    strategy: newAPIServiceStrategy(c.env.now),
    statusStrategy: newAPIServiceStatusStrategy(c.env.now),
    tablePrinter: apiServiceTablePrinter,
    categories: ['api-extensions'],
    resourcePrefix: 'apiregistration.k8s.io/apiservices',
  });
  return { rest: stores.main, status: new StatusREST(stores.status!) };
}
