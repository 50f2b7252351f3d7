// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/create.go / update.go / patch.go — the
// scope.FieldManager.UpdateNoErrors(liveObj, obj, managerOrUserAgent(...)) calls @ v1.34.0
import { newInvalid } from '../../api/errors/errors';
import { timestamp } from '../../registry/generic/registry/store';
import { typeOf, type RuntimeObject } from '../../runtime/object';
import { groupVersioner } from '../../runtime/scheme';
import { gvString } from '../../runtime/schema/groupversion';
import type { Request } from '../../server/http';
import {
  managerOrUserAgent,
  setManagedFields,
  updateManagedFields,
  validateFieldManagerErrors,
} from './fieldmanager/fieldmanager';
import { groupVersionOf, type RequestScope } from './rest';

/** The 422 for a bad `fieldManager` query parameter, named after the request's options kind. */
export function validateFieldManagerParam(req: Request, optionsKind: string): void {
  const fieldManager = req.query.get('fieldManager') ?? '';
  const errs = validateFieldManagerErrors(fieldManager);
  if (errs.length > 0) throw newInvalid({ group: 'meta.k8s.io', kind: optionsKind }, '', errs);
}

/** Records the request's manager as owner of the fields it set, on the internal object `newObj`. */
export function updateManagedFieldsFor(
  scope: RequestScope,
  req: Request,
  liveObj: RuntimeObject | null,
  newObj: RuntimeObject,
): void {
  const target = groupVersioner(groupVersionOf(scope.kind));
  const versionedNew = scope.scheme.convertToVersion(newObj, target);
  const def = typeOf(versionedNew)?.def;
  if (!def) return; // Unstructured objects are tracked by the CRD handler
  const versionedLive = liveObj ? scope.scheme.convertToVersion(liveObj, target) : null;
  const managed = updateManagedFields({
    liveObj: versionedLive,
    newObj: versionedNew,
    manager: managerOrUserAgent(req.query.get('fieldManager') ?? '', req.userAgent),
    apiVersion: gvString(scope.kind),
    time: timestamp(scope.now()),
    subresource: scope.subresource,
    def,
    resetFields: scope.resetFields ?? [],
  });
  setManagedFields(newObj, managed);
}
