// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/rest.go (RequestScope, transformDecodeError, …) @ v1.34.0
import { newBadRequest, newInvalid } from '../../api/errors/errors';
import type { TablePrinter } from '../../printers/printers';
import type { RuntimeObject } from '../../runtime/object';
import type { Scheme } from '../../runtime/scheme';
import type { CodecFactory } from '../../runtime/serializer/codec_factory';
import { DecodeError } from '../../runtime/serializer/json/json';
import {
  type GroupVersion,
  type GroupVersionKind,
  type GroupVersionResource,
} from '../../runtime/schema/groupversion';
import type { Request, ResponseWriter } from '../../server/http';
import { notSupported } from '../../util/validation/field/errors';
import { newPath } from '../../util/validation/field/path';
import type { RequestContext } from '../request/context';
import { errorNegotiated } from './responsewriters/writers';
import type { StepHooks } from './steps';

/** Everything a handler needs to know about the endpoint it serves. */
export interface RequestScope {
  scheme: Scheme;
  codecs: CodecFactory;
  /** the external kind served here, e.g. apps/v1 Deployment (autoscaling/v1 Scale for deployments/scale) */
  kind: GroupVersionKind;
  resource: GroupVersionResource;
  subresource: string;
  /** the internal hub the handler works in */
  hubGroupVersion: GroupVersion;
  namespaced: boolean;
  tablePrinter?: TablePrinter;
  maxRequestBodyBytes: number;
  /** fields the main resource ignores on write (e.g. status), for managedFields */
  resetFields?: string[];
  now(): Date;
  hooks?: StepHooks;
}

/** scope.err: every error goes out as a Status. */
export function scopeErr(err: unknown, w: ResponseWriter, req: Request): void {
  errorNegotiated(err, w, req);
}

/** The handler's view of the request context: namespace from the URL, user and warnings. */
export function requestContext(req: Request, namespace: string): RequestContext {
  req.ctx.namespace = namespace;
  return req.ctx;
}

/** transformDecodeError: what a body that cannot be decoded is told (400). */
export function transformDecodeError(
  scope: RequestScope,
  baseErr: unknown,
  gvk: GroupVersionKind | null,
  body: string,
): Error {
  const message = baseErr instanceof Error ? baseErr.message : String(baseErr);
  const kind = scope.kind.kind;
  if (gvk && gvk.kind)
    return newBadRequest(
      `${gvk.kind} in version ${JSON.stringify(gvk.version)} cannot be handled as a ${kind}: ${message}`,
    );
  return newBadRequest(
    `the object provided is unrecognized (must be of type ${kind}): ${message} (${summarizeData(body, 30)})`,
  );
}

export const decodeErrorGVK = (e: unknown): GroupVersionKind | null =>
  e instanceof DecodeError ? e.gvk : null;

/** summarizeData: the start of the body, as text when it looks like JSON, else hex. */
export function summarizeData(data: string, maxLength: number): string {
  if (data.length === 0) return '<empty>';
  const bytes = new TextEncoder().encode(data);
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  if (data[0] === '{')
    return bytes.length > maxLength ? new TextDecoder().decode(bytes.slice(0, maxLength)) + ' ...' : data;
  return bytes.length > maxLength ? hex(bytes.slice(0, maxLength)) + ' ...' : hex(bytes);
}

export const groupVersionOf = (gvk: GroupVersionKind): GroupVersion => ({
  group: gvk.group,
  version: gvk.version,
});

/** The dryRun query/body option: only `All` is accepted (ValidateDryRun). */
export function parseDryRun(values: string[], optionsKind: string): boolean {
  for (const v of values) {
    if (v !== 'All') {
      throw newInvalid({ group: 'meta.k8s.io', kind: optionsKind }, '', [
        notSupported(newPath('dryRun'), values, ['All']),
      ]);
    }
  }
  return values.length > 0;
}

export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

/** fieldValidation: `Warn` by default (rest.go); anything else is an Invalid error. */
export function parseFieldValidation(value: string | null, optionsKind: string): FieldValidation {
  if (value === null || value === '') return 'Warn';
  if (value === 'Ignore' || value === 'Warn' || value === 'Strict') return value;
  throw newInvalid({ group: 'meta.k8s.io', kind: optionsKind }, '', [
    notSupported(newPath('fieldValidation'), value, ['Ignore', 'Warn', 'Strict']),
  ]);
}

export type { RuntimeObject };
