// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go (ValidateCustomResource,
// kubeOpenAPIResultToFieldErrors, StripUnsupportedFormatsPostProcess) with k8s.io/kube-openapi/pkg/validation/validate
// (SchemaValidator, typeValidator, schemaPropsValidator, stringValidator, formatValidator, numberValidator,
// schemaSliceValidator, basicCommonValidator, objectValidator) @ v1.34.0
//
// Validators run in kube-openapi's order (type, allOf/anyOf/oneOf/not, string, format, number, array, enum,
// object); each error becomes a field error as kubeOpenAPIResultToFieldErrors converts it. Go walks `properties`
// in map order (random); we walk them in the schema's order.
import {
  FieldError,
  notSupported,
  required,
  tooLong,
  tooMany,
  typeInvalid,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import type { NestedValueValidation, Structural, ValueValidation } from '../schema/structural';
import { compileGoRegexp, GoRegexpError, type GoRegexp } from '../schema/regexp';
import { validFormat, supportedFormats } from './formats';
import { goFloat } from './gofmt';
import { quote } from '../../../util/strconv/quote';

/** The kube-openapi schema view of a Structural or of a nested value validation. */
interface VSchema {
  types: string[];
  nullable: boolean;
  format: string;
  vv: ValueValidation;
  properties?: Map<string, VSchema>;
  additionalProperties?: VSchema | boolean;
  items?: VSchema;
  allOf?: VSchema[];
  anyOf?: VSchema[];
  oneOf?: VSchema[];
  not?: VSchema;
}

/** A kube-openapi error: a *errors.Validation (with a code) or a plain composite error (code 'composite'). */
interface VError {
  code: 'type' | 'required' | 'tooLong' | 'enum' | 'maxItems' | 'tooManyProperties' | 'composite' | 'other';
  name: string;
  value?: unknown;
  /** the limit for tooLong/maxItems/tooManyProperties */
  valid?: number;
  values?: unknown[];
  message: string;
}

interface Result {
  errors: VError[];
  matchCount: number;
}

const cache = new WeakMap<object, VSchema>();

function fromStructural(s: Structural): VSchema {
  let v = cache.get(s);
  if (v) return v;
  v = {
    types: s.extensions.xIntOrString ? ['integer', 'string'] : s.generic.type ? [s.generic.type] : [],
    nullable: s.generic.nullable,
    format: stripFormat(s.valueValidation?.format),
    vv: s.valueValidation ?? {},
  };
  cache.set(s, v);
  if (s.properties) v.properties = new Map([...s.properties].map(([k, p]) => [k, fromStructural(p)]));
  if (s.additionalProperties)
    v.additionalProperties = s.additionalProperties.structural
      ? fromStructural(s.additionalProperties.structural)
      : s.additionalProperties.bool;
  if (s.items) v.items = fromStructural(s.items);
  addJunctors(v, s.valueValidation);
  return v;
}

function fromNested(n: NestedValueValidation): VSchema {
  let v = cache.get(n);
  if (v) return v;
  const g = n.forbiddenGenerics;
  v = {
    types: n.forbiddenExtensions.xIntOrString ? ['integer', 'string'] : g.type ? [g.type] : [],
    nullable: g.nullable,
    format: stripFormat(n.valueValidation.format),
    vv: n.valueValidation,
  };
  cache.set(n, v);
  if (n.properties) v.properties = new Map([...n.properties].map(([k, p]) => [k, fromNested(p)]));
  if (n.additionalProperties) v.additionalProperties = fromNested(n.additionalProperties);
  if (n.items) v.items = fromNested(n.items);
  addJunctors(v, n.valueValidation);
  return v;
}

function addJunctors(v: VSchema, vv: ValueValidation | undefined): void {
  if (!vv) return;
  if (vv.allOf) v.allOf = vv.allOf.map(fromNested);
  if (vv.anyOf) v.anyOf = vv.anyOf.map(fromNested);
  if (vv.oneOf) v.oneOf = vv.oneOf.map(fromNested);
  if (vv.not) v.not = fromNested(vv.not);
}

/** StripUnsupportedFormatsPostProcess: formats kube-apiserver does not know are ignored. */
function stripFormat(f: string | undefined): string {
  return f && supportedFormats.has(f) ? f : '';
}

/**
 * validateCustomResource checks obj against the schema's value validations (Go: ValidateCustomResource with a
 * kube-openapi SchemaValidator). fldPath prefixes every field; null means the object root.
 */
export function validateCustomResource(fldPath: Path | null, obj: unknown, s: Structural): FieldError[] {
  const result = validateSchema(fromStructural(s), '', obj);
  return toFieldErrors(fldPath, result.errors);
}

function toFieldErrors(fldPath: Path | null, errs: VError[]): FieldError[] {
  const out: FieldError[] = [];
  const root = fldPath?.toString() ?? '';
  for (const e of errs) {
    if (e.code === 'composite') {
      out.push(new FieldError('FieldValueInvalid', root, '', e.message));
      continue;
    }
    let errPath: Path | null = fldPath;
    if (e.name.length > 0 && e.name !== '.') {
      const name = e.name.startsWith('.') ? e.name.slice(1) : e.name;
      errPath = fldPath ? fldPath.child(name) : newPath(name);
    }
    const p = errPath ?? newPath('');
    const value = e.value === undefined || e.value === null ? '' : e.value;
    switch (e.code) {
      case 'required':
        out.push(required(p, ''));
        break;
      case 'enum':
        out.push(
          notSupported(
            p,
            e.value ?? null,
            (e.values ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
          ),
        );
        break;
      case 'tooLong':
        out.push(tooLong(p, value, e.valid ?? -1));
        break;
      case 'maxItems':
      case 'tooManyProperties':
        out.push(tooMany(p, typeof e.value === 'number' ? e.value : -1, e.valid ?? -1));
        break;
      case 'type':
        out.push(typeInvalid(p, value, e.message));
        break;
      default:
        out.push(new FieldError('FieldValueInvalid', p.toString(), value, e.message));
    }
  }
  return out;
}

// ---- kube-openapi messages (k8s.io/kube-openapi/pkg/validation/errors/schema.go) ----

const inBody = (name: string, rest: string) => `${name} in body ${rest}`;

function invalidType(name: string, typeName: string, value: unknown): VError {
  const message =
    typeof value === 'string'
      ? inBody(name, `must be of type ${typeName}: ${goQuote(value)}`)
      : inBody(name, `must be of type ${typeName}`);
  return { code: 'type', name, value, message };
}

/** Go's %q */
const goQuote = quote;

function ok(): Result {
  return { errors: [], matchCount: 1 };
}

function fail(...errors: VError[]): Result {
  return { errors, matchCount: 0 };
}

function merge(into: Result, ...others: Result[]): Result {
  for (const o of others) {
    into.errors.push(...o.errors);
    into.matchCount += o.matchCount;
  }
  return into;
}

type Kind = 'null' | 'object' | 'array' | 'string' | 'number' | 'boolean';

function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}

/** The JSON type Go infers from a decoded value: int64 for integral numbers, float64 otherwise. */
function schType(v: unknown, kind: Kind): string {
  if (kind === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return kind;
}

/** SchemaValidator.Validate */
function validateSchema(s: VSchema, path: string, data: unknown): Result {
  const result: Result = { errors: [], matchCount: 0 };
  const kind = kindOf(data);
  if (kind === 'null') {
    merge(result, validateType(s, path, data, kind), validateEnum(s, path, data));
    return result;
  }
  // each validator that applies adds one to the match count, as kube-openapi's Result.Inc does
  const run = (r: Result) => {
    merge(result, r);
    result.matchCount++;
  };
  if (s.types.length > 0 || s.format !== '') run(validateType(s, path, data, kind));
  run(validateJunctors(s, path, data));
  if (kind === 'string') {
    run(validateString(s, path, data as string));
    if (s.format !== '') run(validateFormat(s, path, data as string));
  }
  if (kind === 'number') run(validateNumber(s, path, data as number));
  if (kind === 'array') run(validateSlice(s, path, data as unknown[]));
  run(validateEnum(s, path, data));
  if (kind === 'object') run(validateObject(s, path, data as Record<string, unknown>));
  result.matchCount++;
  return result;
}

/** typeValidator */
function validateType(s: VSchema, path: string, data: unknown, kind: Kind): Result {
  if (s.types.length === 0 && s.format === '') return ok();
  if (kind === 'null') {
    if (s.types.length > 0 && !s.types.includes('null') && !s.nullable)
      return fail(invalidType(path, s.types.join(','), 'null'));
    return ok();
  }
  const t = schType(data, kind);
  const has = (x: string) => s.types.includes(x);
  // an integral float satisfies integer, an integer satisfies number
  const isFloatInt = t === 'number' && Number.isInteger(data) && has('integer');
  const isIntFloat = t === 'integer' && has('number');
  if (kind !== 'string' && kind !== 'array' && s.format !== '' && !(has(t) || isFloatInt || isIntFloat))
    return fail(invalidType(path, s.format, t === 'integer' ? 'int64' : t === 'number' ? 'float64' : ''));
  if (!(has('number') || has('integer')) && s.format !== '' && (kind === 'string' || kind === 'array'))
    return ok();
  if (!(has(t) || isFloatInt || isIntFloat)) return fail(invalidType(path, s.types.join(','), t));
  return ok();
}

/** schemaPropsValidator: anyOf, oneOf, allOf, not. */
function validateJunctors(s: VSchema, path: string, data: unknown): Result {
  const main: Result = { errors: [], matchCount: 0 };
  const q = goQuote(path);
  if (s.anyOf && s.anyOf.length > 0) {
    let best: Result | null = null;
    let success: Result | null = null;
    for (const sub of s.anyOf) {
      const r = validateSchema(sub, path, data);
      if (r.errors.length === 0) {
        success = r;
        best = null;
        break;
      }
      if (!best || r.matchCount > best.matchCount) best = r;
    }
    if (!success) main.errors.push(composite(`${q} must validate at least one schema (anyOf)`));
    if (best) merge(main, best);
    else if (success) merge(main, success);
  }
  if (s.oneOf && s.oneOf.length > 0) {
    let best: Result | null = null;
    let success: Result | null = null;
    let validated = 0;
    for (const sub of s.oneOf) {
      const r = validateSchema(sub, path, data);
      if (r.errors.length === 0) {
        validated++;
        best = null;
        success ??= r;
        continue;
      }
      if (validated === 0 && (!best || r.matchCount > best.matchCount)) best = r;
    }
    if (validated !== 1) {
      const more = validated === 0 ? 'Found none valid' : `Found ${validated} valid alternatives`;
      main.errors.push(composite(`${q} must validate one and only one schema (oneOf). ${more}`));
      if (best) merge(main, best);
    } else if (success) merge(main, success);
  }
  if (s.allOf && s.allOf.length > 0) {
    let validated = 0;
    for (const sub of s.allOf) {
      const r = validateSchema(sub, path, data);
      if (r.errors.length === 0) validated++;
      merge(main, r);
    }
    if (validated !== s.allOf.length)
      main.errors.push(
        composite(`${q} must validate all the schemas (allOf)${validated === 0 ? '. None validated' : ''}`),
      );
  }
  if (s.not && validateSchema(s.not, path, data).errors.length === 0)
    main.errors.push(composite(`${q} must not validate the schema (not)`));
  main.matchCount++;
  return main;
}

const composite = (message: string): VError => ({ code: 'composite', name: '', message });

const regexCache = new Map<string, GoRegexp | GoRegexpError>();

function goRegexp(pattern: string): GoRegexp | GoRegexpError {
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = compileGoRegexp(pattern);
    } catch (e) {
      if (!(e instanceof GoRegexpError)) throw e;
      re = e;
    }
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

/** stringValidator: the first failing check only. */
function validateString(s: VSchema, path: string, data: string): Result {
  const { maxLength, minLength, pattern } = s.vv;
  const len = maxLength !== undefined || minLength !== undefined ? [...data].length : 0;
  if (maxLength !== undefined && len > maxLength)
    return fail({
      code: 'tooLong',
      name: path,
      value: data,
      valid: maxLength,
      message: inBody(path, `should be at most ${maxLength} chars long`),
    });
  if (minLength !== undefined && len < minLength)
    return fail({
      code: 'other',
      name: path,
      value: data,
      message: inBody(path, `should be at least ${minLength} chars long`),
    });
  if (pattern) {
    const re = goRegexp(pattern);
    if (re instanceof GoRegexpError)
      return fail({
        code: 'other',
        name: path,
        value: data,
        message: inBody(path, `should match '${pattern}, but pattern is invalid: ${re.message}'`),
      });
    if (!re.test(data))
      return fail({
        code: 'other',
        name: path,
        value: data,
        message: inBody(path, `should match '${pattern}'`),
      });
  }
  return ok();
}

/** formatValidator */
function validateFormat(s: VSchema, path: string, data: string): Result {
  if (validFormat(s.format, data)) return ok();
  return fail(invalidType(path, s.format, data));
}

/** numberValidator: multipleOf, minimum, maximum — all of them. */
function validateNumber(s: VSchema, path: string, data: number): Result {
  const { multipleOf, minimum, maximum, exclusiveMinimum, exclusiveMaximum } = s.vv;
  const r: Result = { errors: [], matchCount: 1 };
  if (multipleOf !== undefined) {
    if (multipleOf <= 0)
      r.errors.push({
        code: 'other',
        name: path,
        value: multipleOf,
        message: `factor MultipleOf declared for ${path} must be positive: ${goFloat(multipleOf)}`,
      });
    else if (!isJSONInteger(data / multipleOf))
      r.errors.push({
        code: 'other',
        name: path,
        value: data,
        message: inBody(path, `should be a multiple of ${goFloat(multipleOf)}`),
      });
  }
  if (minimum !== undefined && (exclusiveMinimum ? data <= minimum : data < minimum))
    r.errors.push({
      code: 'other',
      name: path,
      value: data,
      message: inBody(
        path,
        `should be greater than ${exclusiveMinimum ? '' : 'or equal to '}${goFloat(minimum)}`,
      ),
    });
  if (maximum !== undefined && (exclusiveMaximum ? data >= maximum : data > maximum))
    r.errors.push({
      code: 'other',
      name: path,
      value: data,
      message: inBody(
        path,
        `should be less than ${exclusiveMaximum ? '' : 'or equal to '}${goFloat(maximum)}`,
      ),
    });
  return r;
}

/** swag.IsFloat64AJSONInteger: integral up to a relative epsilon. */
function isJSONInteger(f: number): boolean {
  if (!Number.isFinite(f)) return false;
  const diff = Math.abs(f - Math.round(f));
  return diff === 0 || diff < 1e-9 * Math.max(1, Math.abs(f));
}

/** schemaSliceValidator: items first, then minItems, maxItems, uniqueItems. */
function validateSlice(s: VSchema, path: string, data: unknown[]): Result {
  const r: Result = { errors: [], matchCount: 1 };
  if (s.items)
    for (let i = 0; i < data.length; i++) merge(r, validateSchema(s.items, `${path}[${i}]`, data[i]));
  const { minItems, maxItems, uniqueItems } = s.vv;
  if (minItems !== undefined && data.length < minItems)
    r.errors.push({
      code: 'other',
      name: path,
      value: data.length,
      message: inBody(path, `should have at least ${minItems} items`),
    });
  if (maxItems !== undefined && data.length > maxItems)
    r.errors.push({
      code: 'maxItems',
      name: path,
      value: data.length,
      valid: maxItems,
      message: inBody(path, `should have at most ${maxItems} items`),
    });
  if (uniqueItems) {
    const seen = new Set<string>();
    for (const v of data) {
      const k = canonical(v);
      if (seen.has(k)) {
        r.errors.push({ code: 'other', name: path, message: inBody(path, "shouldn't contain duplicates") });
        break;
      }
      seen.add(k);
    }
  }
  return r;
}

/** basicCommonValidator: enum (a null value never matches). */
function validateEnum(s: VSchema, path: string, data: unknown): Result {
  const values = s.vv.enum;
  if (!values || values.length === 0) return ok();
  if (data !== null && data !== undefined) {
    const k = typeof data === 'object' ? canonical(data) : null;
    for (const e of values) {
      if (k === null ? e === data : typeof e === 'object' && e !== null && canonical(e) === k) return ok();
    }
  }
  return fail({
    code: 'enum',
    name: path,
    value: data,
    values,
    message: inBody(path, 'should be one of the enum'),
  });
}

/** objectValidator: property counts first (and only), then names, values, required. */
function validateObject(s: VSchema, path: string, data: Record<string, unknown>): Result {
  const keys = Object.keys(data);
  const { minProperties, maxProperties } = s.vv;
  if (minProperties !== undefined && keys.length < minProperties)
    return fail({
      code: 'other',
      name: path,
      value: keys.length,
      message: inBody(path, `should have at least ${minProperties} properties`),
    });
  if (maxProperties !== undefined && keys.length > maxProperties)
    return fail({
      code: 'tooManyProperties',
      name: path,
      value: keys.length,
      valid: maxProperties,
      message: inBody(path, `should have at most ${maxProperties} properties`),
    });
  const r: Result = { errors: [], matchCount: 1 };
  const ap = s.additionalProperties;
  if (ap === false) {
    for (const k of keys)
      if (!s.properties?.has(k))
        r.errors.push({
          code: 'other',
          name: path,
          value: k,
          message: `${path}.${k} in body is a forbidden property`,
        });
  } else if (ap !== undefined && ap !== true) {
    for (const k of keys) if (!s.properties?.has(k)) merge(r, validateSchema(ap, `${path}.${k}`, data[k]));
  }
  if (s.properties) {
    for (const [name, sub] of s.properties) {
      if (!Object.prototype.hasOwnProperty.call(data, name)) continue;
      merge(r, validateSchema(sub, path === '' ? name : `${path}.${name}`, data[name]));
    }
  }
  for (const k of s.vv.required ?? [])
    if (!Object.prototype.hasOwnProperty.call(data, k))
      r.errors.push({
        code: 'required',
        name: `${path}.${k}`,
        message: inBody(`${path}.${k}`, 'is required'),
      });
  return r;
}

/** A key for deep equality of JSON values (object keys sorted). */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}
