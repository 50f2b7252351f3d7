// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/delete.go (DeleteResource, DeleteCollection) @ v1.34.0
import type { Chain } from '../../admission/interfaces';
import { newBadRequest, newInvalid } from '../../api/errors/errors';
import type { RuntimeObject } from '../../runtime/object';
import { DeleteOptionsDef } from '../../openapi/meta_defs';
import { parseDocument } from '../../runtime/serializer/json/json';
import { decodeStruct } from '../../runtime/serializer/json/gojson';
import type { DeleteOptions } from '../../registry/rest/create';
import type { CollectionDeleter, GracefulDeleter, Lister, RESTStorage } from '../../registry/rest/rest';
import type { Handler, Request } from '../../server/http';
import { isObject } from '../../runtime/object';
import { notSupported, invalid, type FieldError } from '../../util/validation/field/errors';
import { newPath } from '../../util/validation/field/path';
import { limitedReadBody } from './body';
import { admissionAttributes } from './decode';
import { admitTraced, validateTraced } from './admission';
import { parseListOptions } from './listoptions';
import { namerFor } from './namer';
import { negotiateInputSerializer, negotiateOutputMediaType } from './negotiation/negotiate';
import { tableRestrictions, transformResponseObject } from './response';
import { parseDryRun, requestContext, scopeErr, type RequestScope } from './rest';

/** DeleteOptions from the body (kubectl sends `{"propagationPolicy":"Background"}`) or the query. */
export function parseDeleteOptions(scope: RequestScope, req: Request): DeleteOptions {
  const body = limitedReadBody(req, scope.maxRequestBodyBytes);
  const opts: DeleteOptions = {};
  if (body.trim().length > 0) {
    const info = negotiateInputSerializer(req, scope.codecs.supportedMediaTypes());
    // Go decodes with the meta scheme and sends any failure as-is, which makes it a 500.
    const doc = parseDocument(body, info.mediaTypeSubType === 'yaml');
    if (!isObject(doc)) throw new Error('decoded object cannot be converted to DeleteOptions');
    // into a v1.DeleteOptions: a mistyped field is Go's UnmarshalTypeError, passed on as-is
    decodeStruct(DeleteOptionsDef, doc);
    if (typeof doc.gracePeriodSeconds === 'number') opts.gracePeriodSeconds = doc.gracePeriodSeconds;
    if (isObject(doc.preconditions)) {
      const p = doc.preconditions;
      opts.preconditions = {
        ...(typeof p.uid === 'string' ? { uid: p.uid } : {}),
        ...(typeof p.resourceVersion === 'string' ? { resourceVersion: p.resourceVersion } : {}),
      };
    }
    if (typeof doc.orphanDependents === 'boolean') opts.orphanDependents = doc.orphanDependents;
    if (typeof doc.propagationPolicy === 'string')
      opts.propagationPolicy = doc.propagationPolicy as DeleteOptions['propagationPolicy'];
    if (Array.isArray(doc.dryRun)) opts.dryRun = doc.dryRun.filter((v): v is string => typeof v === 'string');
  } else {
    const q = req.query;
    const grace = q.get('gracePeriodSeconds');
    if (grace !== null && grace !== '') {
      if (!/^[+-]?\d+$/.test(grace))
        throw newBadRequest(`strconv.ParseInt: parsing ${JSON.stringify(grace)}: invalid syntax`);
      opts.gracePeriodSeconds = Number(grace);
    }
    const pp = q.get('propagationPolicy');
    if (pp) opts.propagationPolicy = pp as DeleteOptions['propagationPolicy'];
    const orphan = q.get('orphanDependents');
    if (orphan) opts.orphanDependents = orphan === 'true';
    const dry = q.getAll('dryRun');
    if (dry.length > 0) opts.dryRun = dry;
  }
  const errs = validateDeleteOptions(opts);
  if (errs.length > 0) throw newInvalid({ group: 'meta.k8s.io', kind: 'DeleteOptions' }, '', errs);
  parseDryRun(opts.dryRun ?? [], 'DeleteOptions');
  return opts;
}

/** ValidateDeleteOptions (k8s.io/apimachinery/pkg/apis/meta/v1/validation). */
function validateDeleteOptions(o: DeleteOptions): FieldError[] {
  const errs: FieldError[] = [];
  if (o.orphanDependents !== undefined && o.propagationPolicy !== undefined) {
    errs.push(
      invalid(
        newPath('propagationPolicy'),
        o.propagationPolicy,
        'orphanDependents and deletionPropagation cannot be both set',
      ),
    );
  }
  if (
    o.propagationPolicy !== undefined &&
    !['Orphan', 'Background', 'Foreground'].includes(o.propagationPolicy)
  ) {
    errs.push(
      notSupported(newPath('propagationPolicy'), o.propagationPolicy, [
        'Foreground',
        'Background',
        'Orphan',
        'nil',
      ]),
    );
  }
  return errs;
}

export function deleteResource(
  storage: RESTStorage & GracefulDeleter,
  scope: RequestScope,
  admit: Chain,
): Handler {
  return async (w, req) => {
    try {
      const { namespace, name } = namerFor(scope, req);
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      await scope.hooks?.step('negotiate', null, { output: mt.contentType });
      const options = parseDeleteOptions(scope, req);
      const dryRun = (options.dryRun ?? []).includes('All');
      const ctx = requestContext(req, namespace);
      // Go runs the mutating plugins on a delete too, with no object: they see only the name
      if (admit.plugins.some((p) => p.admit && p.handles('DELETE')))
        await admitTraced(
          scope,
          admit,
          admissionAttributes(scope, req, 'DELETE', name, namespace, null, null, dryRun),
        );
      const { obj, deleted } = await storage.delete(
        ctx,
        name,
        (o) =>
          validateTraced(
            scope,
            admit,
            admissionAttributes(scope, req, 'DELETE', name, namespace, null, o, dryRun),
            o,
          ),
        options,
      );
      await scope.hooks?.step('storage', obj, { deleted, dryRun });
      const status = !deleted && options.orphanDependents === false ? 202 : 200;
      if (deleted && !storage.returnDeletedObject) {
        const meta = obj.metadata ?? {};
        const details: Record<string, unknown> = { name: meta.name ?? name };
        if (scope.resource.group) details.group = scope.resource.group;
        details.kind = scope.resource.resource; // Go sets Kind to the resource here, on purpose
        if (meta.uid) details.uid = meta.uid;
        await transformResponseObject(scope, req, w, status, mt, {
          type: 'raw',
          value: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details },
        });
        return;
      }
      await transformResponseObject(scope, req, w, status, mt, { type: 'object', obj });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}

export function deleteCollection(
  storage: RESTStorage & CollectionDeleter & Lister,
  scope: RequestScope,
  admit: Chain,
): Handler {
  return async (w, req) => {
    try {
      const { namespace } = namerFor(scope, req);
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      const listOptions = parseListOptions(scope, req, false);
      const options = parseDeleteOptions(scope, req);
      const dryRun = (options.dryRun ?? []).includes('All');
      const ctx = requestContext(req, namespace);
      const items: RuntimeObject[] = await storage.deleteCollection(
        ctx,
        async (o) =>
          admit.validate(
            admissionAttributes(scope, req, 'DELETE', o.metadata?.name ?? '', namespace, null, o, dryRun),
          ),
        options,
        listOptions,
      );
      await transformResponseObject(scope, req, w, 200, mt, { type: 'list', items, resourceVersion: '' });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
