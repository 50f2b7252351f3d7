// Go twin: k8s.io/kube-openapi/pkg/util/util.go (ToRESTFriendlyName), k8s.io/kube-openapi/cmd/openapi-gen
// (the generated GetOpenAPIDefinitions) and k8s.io/kube-openapi/pkg/builder3 (definition collection) @ v1.34.0
//
// Go generates each type's schema at build time from its struct tags and doc comments; here the same comes
// from the Go struct descriptors (runtime/gotype.ts) when a document is built.
import type { FieldDef, StructDef, TypeRef } from '../runtime/gotype';

/** An OpenAPI schema object (v3 and v2 share the subset used here). */
export type Schema = Record<string, unknown>;

/**
 * The definition name Go's namer gives a type: the package path with its leading domain reversed
 * (`k8s.io/api/core/v1` → `io.k8s.api.core.v1`), slashes as dots, then the type name.
 */
export function definitionName(pkg: string, name: string): string {
  const parts = pkg.split('/');
  const domain = parts[0]!.split('.').reverse().join('.');
  return [domain, ...parts.slice(1), name].join('.');
}

/** Leaf types Go's generator names after their own Go type (they have hand-written OpenAPIDefinition). */
const leafDefinitions: Record<string, { name: string; schema: Schema }> = {
  'v1.Time': {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
    schema: {
      description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.',
      type: 'string',
      format: 'date-time',
    },
  },
  'v1.MicroTime': {
    name: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
    schema: {
      description: 'MicroTime is version of Time with microsecond level precision.',
      type: 'string',
      format: 'date-time',
    },
  },
  'resource.Quantity': {
    name: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
    schema: {
      description: 'Quantity is a fixed-point representation of a number.',
      oneOf: [{ type: 'string' }, { type: 'number' }],
    },
  },
  'intstr.IntOrString': {
    name: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    schema: {
      description: 'IntOrString is a type that can hold an int32 or a string.',
      type: 'string',
      format: 'int-or-string',
    },
  },
  'runtime.RawExtension': {
    name: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
    schema: {
      description: 'RawExtension is used to hold extensions in external versions.',
      type: 'object',
    },
  },
  'v1.JSON': {
    name: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON',
    schema: {
      description:
        'JSON represents any valid JSON value. These types are supported: bool, int64, float64, string, []interface{}, map[string]interface{} and nil.',
    },
  },
};

/**
 * Collects the schemas of every type reachable from the types asked for, as Go's builder walks a
 * definition's dependencies. `refPrefix` is `#/components/schemas/` (v3) or `#/definitions/` (v2).
 */
export class DefinitionCollector {
  readonly schemas: Record<string, Schema> = {};

  constructor(private readonly refPrefix: string) {}

  ref(name: string): Schema {
    return { $ref: this.refPrefix + name };
  }

  /** Adds a struct's definition (and its dependencies); returns its name. */
  addStruct(def: StructDef, extensions: Schema = {}): string {
    const name = definitionName(def.pkg, def.name);
    const existing = this.schemas[name];
    if (existing) {
      Object.assign(existing, extensions);
      return name;
    }
    const schema: Schema = {};
    this.schemas[name] = schema; // registered first: recursive types (JSONSchemaProps) end here
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const f of def.fields) {
      properties[f.json] = this.fieldSchema(f);
      if (isRequired(f)) required.push(f.json);
    }
    schema.type = 'object';
    if (def.fields.length > 0) schema.properties = properties;
    if (required.length > 0) schema.required = required.sort();
    Object.assign(schema, extensions);
    return name;
  }

  /** A hand-written definition (Go's types with their own OpenAPIDefinition). */
  addSchema(name: string, schema: Schema): string {
    this.schemas[name] ??= schema;
    return name;
  }

  private fieldSchema(f: FieldDef): Schema {
    const s = this.typeSchema(f.type);
    const extra: Schema = {};
    if (f.doc) extra.description = f.doc;
    if (f.patchMergeKey) extra['x-kubernetes-patch-merge-key'] = f.patchMergeKey;
    if (f.patchStrategy) extra['x-kubernetes-patch-strategy'] = f.patchStrategy;
    if (Object.keys(extra).length === 0) return s;
    // OpenAPI 3.0 ignores siblings of $ref, so Go wraps a described reference in allOf
    if ('$ref' in s) return { allOf: [s], ...extra };
    return { ...s, ...extra };
  }

  typeSchema(type: TypeRef): Schema {
    switch (type.kind) {
      case 'string':
        return { type: 'string' };
      case 'bool':
        return { type: 'boolean' };
      case 'int32':
        return { type: 'integer', format: 'int32' };
      case 'int64':
        return { type: 'integer', format: 'int64' };
      case 'float64':
        return { type: 'number', format: 'double' };
      case 'bytes':
        return { type: 'string', format: 'byte' };
      case 'time':
      case 'quantity':
      case 'intOrString':
      case 'raw': {
        const leaf = leafDefinitions[type.name] ?? leafDefinitions['runtime.RawExtension']!;
        return this.ref(this.addSchema(leaf.name, { ...leaf.schema }));
      }
      case 'struct':
        return this.ref(this.addStruct(type.def()));
      case 'slice':
        return { type: 'array', items: this.typeSchema(type.elem) };
      case 'map':
        return { type: 'object', additionalProperties: this.typeSchema(type.elem) };
      case 'ptr':
        return this.typeSchema(type.elem);
      default: {
        const never: never = type;
        throw new Error(`DefinitionCollector.typeSchema: unknown type ${JSON.stringify(never)}`);
      }
    }
  }
}

/**
 * openapi-gen marks a field required when its tag has no omitempty (and it is not `+optional`). Struct values
 * written without omitempty (`resources: {}`) are optional in Go's comments, so they are not required here.
 */
function isRequired(f: FieldDef): boolean {
  if (f.omitempty || f.omitzero) return false;
  return f.type.kind !== 'struct' && f.type.kind !== 'ptr';
}
