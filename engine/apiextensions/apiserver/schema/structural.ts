// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/structural.go (Structural, Generic, Extensions,
// ValueValidation, NestedValueValidation) and convert.go (NewStructural) @ v1.34.0
import type { JSONSchemaProps } from '../../apis/apiextensions/types';

/** Generic: the keywords that shape a value. */
export interface Generic {
  description?: string;
  /** object, array, number, integer, boolean, string; '' when unset */
  type: string;
  title?: string;
  /** undefined when the schema has no default (a JSON null default is kept as null) */
  default?: unknown;
  nullable: boolean;
}

/** Extensions: the x-kubernetes-* vendor extensions. */
export interface Extensions {
  xPreserveUnknownFields: boolean;
  xEmbeddedResource: boolean;
  xIntOrString: boolean;
  xListMapKeys?: string[];
  xListType?: string;
  xMapType?: string;
  xValidations?: { rule: string; message?: string }[];
}

/** ValueValidation: the keywords that only check a value, never shape it. */
export interface ValueValidation {
  format?: string;
  maximum?: number;
  exclusiveMaximum?: boolean;
  minimum?: number;
  exclusiveMinimum?: boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  maxItems?: number;
  minItems?: number;
  uniqueItems?: boolean;
  multipleOf?: number;
  enum?: unknown[];
  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  allOf?: NestedValueValidation[];
  oneOf?: NestedValueValidation[];
  anyOf?: NestedValueValidation[];
  not?: NestedValueValidation;
}

/**
 * NestedValueValidation: a schema inside allOf/anyOf/oneOf/not. It may only validate; the shaping keywords it
 * carries are kept in `forbiddenGenerics`/`forbiddenExtensions` so that validateStructural can refuse them.
 */
export interface NestedValueValidation {
  valueValidation: ValueValidation;
  items?: NestedValueValidation;
  properties?: Map<string, NestedValueValidation>;
  additionalProperties?: NestedValueValidation;
  forbiddenGenerics: Generic;
  forbiddenExtensions: Extensions;
}

/** StructuralOrBool: additionalProperties as a schema, or as true/false. */
export interface StructuralOrBool {
  structural?: Structural;
  bool: boolean;
}

/** Structural: a structural schema, the shape a custom resource is pruned, defaulted and validated against. */
export interface Structural {
  items?: Structural;
  /** a Map, in the schema's order, so that names such as `__proto__` are plain keys */
  properties?: Map<string, Structural>;
  additionalProperties?: StructuralOrBool;
  generic: Generic;
  extensions: Extensions;
  valueValidation?: ValueValidation;
}

/** The deepest schema the simulator follows; deeper schemas are refused by validateStructural. */
export const maxSchemaDepth = 1000;

/** Thrown by newStructural for a schema a validated CRD cannot hold (Go: NewStructural's error). */
export class StructuralError extends Error {}

/**
 * newStructural converts a JSONSchemaProps that passed validateStructural into a Structural (Go: NewStructural).
 * It throws a StructuralError with Go's message for the keywords a structural schema cannot hold.
 */
export function newStructural(s: JSONSchemaProps): Structural {
  return convert(s, 0);
}

function convert(s: JSONSchemaProps, depth: number): Structural {
  checkDepth(depth);
  validateUnsupportedFields(s);
  const ss: Structural = {
    generic: newGeneric(s),
    extensions: newExtensions(s),
    valueValidation: newValueValidation(s, depth),
  };
  if (s.additionalProperties !== undefined) {
    ss.additionalProperties =
      typeof s.additionalProperties === 'boolean'
        ? { bool: s.additionalProperties }
        : { structural: convert(s.additionalProperties, depth + 1), bool: true };
  }
  if (s.items !== undefined) {
    if (Array.isArray(s.items))
      throw new StructuralError("OpenAPIV3Schema 'items' must be a schema, but is an array");
    ss.items = convert(s.items, depth + 1);
  }
  if (s.properties && Object.keys(s.properties).length > 0) {
    ss.properties = new Map();
    for (const [k, v] of Object.entries(s.properties)) ss.properties.set(k, convert(v, depth + 1));
  }
  return ss;
}

function checkDepth(depth: number): void {
  if (depth > maxSchemaDepth)
    throw new StructuralError(`OpenAPIV3Schema is nested more than ${maxSchemaDepth} levels deep`);
}

function newGeneric(s: JSONSchemaProps): Generic {
  const g: Generic = { type: s.type ?? '', nullable: s.nullable === true };
  if (s.description) g.description = s.description;
  if (s.title) g.title = s.title;
  // Go keeps a JSON null default as no default at all
  if (s.default !== undefined && s.default !== null) g.default = s.default;
  return g;
}

function newExtensions(s: JSONSchemaProps): Extensions {
  const x: Extensions = {
    xPreserveUnknownFields: false,
    xEmbeddedResource: s['x-kubernetes-embedded-resource'] === true,
    xIntOrString: s['x-kubernetes-int-or-string'] === true,
  };
  const preserve = s['x-kubernetes-preserve-unknown-fields'];
  if (preserve !== undefined) {
    if (!preserve)
      throw new StructuralError(
        "internal error: 'x-kubernetes-preserve-unknown-fields' must be true or undefined",
      );
    x.xPreserveUnknownFields = true;
  }
  if (s['x-kubernetes-list-map-keys']) x.xListMapKeys = s['x-kubernetes-list-map-keys'];
  if (s['x-kubernetes-list-type'] !== undefined) x.xListType = s['x-kubernetes-list-type'];
  if (s['x-kubernetes-map-type'] !== undefined) x.xMapType = s['x-kubernetes-map-type'];
  if (s['x-kubernetes-validations']) x.xValidations = s['x-kubernetes-validations'];
  return x;
}

function newValueValidation(s: JSONSchemaProps, depth: number): ValueValidation {
  const v: ValueValidation = {};
  if (s.format) v.format = s.format;
  if (s.maximum !== undefined) v.maximum = s.maximum;
  if (s.exclusiveMaximum) v.exclusiveMaximum = true;
  if (s.minimum !== undefined) v.minimum = s.minimum;
  if (s.exclusiveMinimum) v.exclusiveMinimum = true;
  if (s.maxLength !== undefined) v.maxLength = s.maxLength;
  if (s.minLength !== undefined) v.minLength = s.minLength;
  if (s.pattern) v.pattern = s.pattern;
  if (s.maxItems !== undefined) v.maxItems = s.maxItems;
  if (s.minItems !== undefined) v.minItems = s.minItems;
  if (s.uniqueItems) v.uniqueItems = true;
  if (s.multipleOf !== undefined) v.multipleOf = s.multipleOf;
  if (s.enum && s.enum.length > 0) v.enum = s.enum;
  if (s.maxProperties !== undefined) v.maxProperties = s.maxProperties;
  if (s.minProperties !== undefined) v.minProperties = s.minProperties;
  if (s.required && s.required.length > 0) v.required = s.required;
  if (s.not) v.not = newNested(s.not, depth + 1);
  if (s.allOf && s.allOf.length > 0) v.allOf = s.allOf.map((x) => newNested(x, depth + 1));
  if (s.anyOf && s.anyOf.length > 0) v.anyOf = s.anyOf.map((x) => newNested(x, depth + 1));
  if (s.oneOf && s.oneOf.length > 0) v.oneOf = s.oneOf.map((x) => newNested(x, depth + 1));
  return v;
}

function newNested(s: JSONSchemaProps, depth: number): NestedValueValidation {
  checkDepth(depth);
  validateUnsupportedFields(s);
  const v: NestedValueValidation = {
    valueValidation: newValueValidation(s, depth),
    forbiddenGenerics: newGeneric(s),
    forbiddenExtensions: newExtensions(s),
  };
  if (s.additionalProperties !== undefined && typeof s.additionalProperties !== 'boolean')
    v.additionalProperties = newNested(s.additionalProperties, depth + 1);
  if (s.items !== undefined) {
    if (Array.isArray(s.items))
      throw new StructuralError("OpenAPIV3Schema 'items' must be a schema, but is an array");
    v.items = newNested(s.items, depth + 1);
  }
  if (s.properties) {
    v.properties = new Map();
    for (const [k, x] of Object.entries(s.properties)) v.properties.set(k, newNested(x, depth + 1));
  }
  return v;
}

/** Keywords CRD validation refuses; a schema holding them never reaches here through the API. */
function validateUnsupportedFields(s: JSONSchemaProps): void {
  const raw = s as Record<string, unknown>;
  if (s.id) throw new StructuralError("OpenAPIV3Schema 'id' is not supported");
  if (s.$schema) throw new StructuralError("OpenAPIV3Schema 'schema' is not supported");
  if (typeof raw.$ref === 'string' && raw.$ref.length > 0)
    throw new StructuralError("OpenAPIV3Schema '$ref' is not supported");
  if (nonEmpty(raw.patternProperties))
    throw new StructuralError("OpenAPIV3Schema 'patternProperties' is not supported");
  if (nonEmpty(raw.dependencies))
    throw new StructuralError("OpenAPIV3Schema 'dependencies' is not supported");
  if (raw.additionalItems !== undefined && raw.additionalItems !== null)
    throw new StructuralError("OpenAPIV3Schema 'additionalItems' is not supported");
  if (nonEmpty(raw.definitions)) throw new StructuralError("OpenAPIV3Schema 'definitions' is not supported");
}

const nonEmpty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length > 0;
