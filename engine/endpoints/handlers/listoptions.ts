// Go twin: k8s.io/apimachinery/pkg/apis/meta/internalversion/types.go (ListOptions), conversion of
// selectors from query strings, and validation/validation.go (ValidateListOptions) @ v1.34.0
import { newBadRequest, newInvalid } from '../../api/errors/errors';
import type { StoreListOptions } from '../../registry/generic/registry/store';
import * as fields from '../../util/fields/selector';
import * as labels from '../../util/labels/selector';
import { forbidden, notSupported, type FieldError } from '../../util/validation/field/errors';
import { newPath } from '../../util/validation/field/path';
import type { Request } from '../../server/http';
import type { RequestScope } from './rest';

export interface ListOptions extends StoreListOptions {
  watch: boolean;
  timeoutSeconds?: number;
}

function parseBool(name: string, v: string | null): boolean {
  if (v === null || v === '') return false;
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false;
  throw newBadRequest(`strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
  void name;
}

function parseInt64(v: string | null): number | undefined {
  if (v === null || v === '') return undefined;
  if (!/^[+-]?\d+$/.test(v))
    throw newBadRequest(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
  return Number(v);
}

/** ParameterCodec.DecodeParameters + selector conversion + ValidateListOptions. */
export function parseListOptions(scope: RequestScope, req: Request, forceWatch: boolean): ListOptions {
  const q = req.query;
  const opts: ListOptions = { watch: forceWatch || parseBool('watch', q.get('watch')) };
  try {
    const ls = q.get('labelSelector');
    if (ls) opts.label = labels.parse(ls);
    const fs = q.get('fieldSelector');
    if (fs) {
      const parsed = fields.parseSelector(fs);
      opts.field = parsed.transform((label, value) =>
        scope.scheme.convertFieldLabel(scope.kind, label, value),
      );
    }
  } catch (e) {
    throw newBadRequest((e as Error).message);
  }
  const rv = q.get('resourceVersion');
  if (rv !== null) opts.resourceVersion = rv;
  const match = q.get('resourceVersionMatch');
  if (match) opts.resourceVersionMatch = match as ListOptions['resourceVersionMatch'];
  const limit = parseInt64(q.get('limit'));
  if (limit !== undefined) opts.limit = limit;
  const cont = q.get('continue');
  if (cont) opts.continue = cont;
  const timeout = parseInt64(q.get('timeoutSeconds'));
  if (timeout !== undefined) opts.timeoutSeconds = timeout;
  opts.allowWatchBookmarks = parseBool('allowWatchBookmarks', q.get('allowWatchBookmarks'));
  const sie = q.get('sendInitialEvents');
  if (sie !== null && sie !== '') opts.sendInitialEvents = parseBool('sendInitialEvents', sie);
  const errs = validateListOptions(opts);
  if (errs.length > 0) throw newInvalid({ group: 'meta.k8s.io', kind: 'ListOptions' }, '', errs);
  return opts;
}

export function validateListOptions(o: ListOptions): FieldError[] {
  const errs: FieldError[] = [];
  const match = o.resourceVersionMatch ?? '';
  const p = newPath('resourceVersionMatch');
  if (match) {
    if (!o.resourceVersion)
      errs.push(forbidden(p, 'resourceVersionMatch is forbidden unless resourceVersion is provided'));
    if (o.continue) errs.push(forbidden(p, 'resourceVersionMatch is forbidden when continue is provided'));
    if (match === 'Exact' && o.resourceVersion === '0') {
      errs.push(forbidden(p, 'resourceVersionMatch "exact" is forbidden for resourceVersion "0"'));
    }
    if (match !== 'Exact' && match !== 'NotOlderThan')
      errs.push(notSupported(p, match, ['Exact', 'NotOlderThan']));
  }
  if (o.sendInitialEvents !== undefined) {
    if (!o.watch)
      errs.push(forbidden(newPath('sendInitialEvents'), 'sendInitialEvents is forbidden for list'));
    else if (match !== 'NotOlderThan') {
      errs.push(forbidden(p, 'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan'));
    }
  }
  return errs;
}
