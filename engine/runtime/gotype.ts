// Go twin: reflect + struct tags (`json:"name,omitempty" patchStrategy:"merge" patchMergeKey:"name"`), as read
// by encoding/json and sigs.k8s.io/json. Go knows a value's fields from its type; JavaScript does not, so
// every served type declares its fields here once. The declaration drives encoding (Go field order and
// omitempty), strict decoding (unknown fields, type errors), strategic merge patch metadata and OpenAPI.

/** A Go type as JSON sees it. `name` is Go's spelling (e.g. `[]v1.Container`), used in error messages. */
export type TypeRef =
  | { kind: 'string' | 'bool' | 'int32' | 'int64' | 'float64'; name: string }
  | { kind: 'time'; name: string } // metav1.Time: RFC 3339 string; the zero value encodes as null
  | { kind: 'quantity'; name: string } // resource.Quantity: a string, or a number in input
  | { kind: 'intOrString'; name: string }
  | { kind: 'bytes'; name: string } // []byte: base64 in JSON
  | { kind: 'raw'; name: string } // any JSON (RawExtension, JSON, interface{})
  | { kind: 'struct'; name: string; def: () => StructDef }
  | { kind: 'slice'; name: string; elem: TypeRef }
  | { kind: 'map'; name: string; elem: TypeRef }
  | { kind: 'ptr'; name: string; elem: TypeRef };

export interface FieldDef {
  /** the JSON name */
  json: string;
  type: TypeRef;
  omitempty: boolean;
  /** Go 1.24 `omitzero`: omit the zero value even for structs. */
  omitzero?: boolean;
  patchStrategy?: string;
  patchMergeKey?: string;
  /** OpenAPI description (short; shown by `kubectl explain`). */
  doc?: string;
}

export interface StructDef {
  /** Go package path, e.g. `k8s.io/api/core/v1` */
  pkg: string;
  /** Go type name, e.g. `PodSpec` */
  name: string;
  fields: FieldDef[];
  /** fields by JSON name, built lazily */
  byJSON?: Map<string, FieldDef>;
}

/** `v1.PodSpec`: the package's last element and the type name, as Go's %v prints a reflect.Type. */
export const goTypeName = (def: { pkg: string; name: string }) => `${def.pkg.split('/').pop()}.${def.name}`;

export function fieldByJSON(def: StructDef, json: string): FieldDef | undefined {
  if (!def.byJSON) def.byJSON = new Map(def.fields.map((f) => [f.json, f]));
  return def.byJSON.get(json);
}

// ---- builders -------------------------------------------------------------------------------------------

export const t = {
  string: { kind: 'string', name: 'string' } as TypeRef,
  bool: { kind: 'bool', name: 'bool' } as TypeRef,
  int32: { kind: 'int32', name: 'int32' } as TypeRef,
  int64: { kind: 'int64', name: 'int64' } as TypeRef,
  float64: { kind: 'float64', name: 'float64' } as TypeRef,
  time: { kind: 'time', name: 'v1.Time' } as TypeRef,
  microTime: { kind: 'time', name: 'v1.MicroTime' } as TypeRef,
  duration: { kind: 'string', name: 'v1.Duration' } as TypeRef,
  quantity: { kind: 'quantity', name: 'resource.Quantity' } as TypeRef,
  intOrString: { kind: 'intOrString', name: 'intstr.IntOrString' } as TypeRef,
  bytes: { kind: 'bytes', name: '[]uint8' } as TypeRef,
  raw: { kind: 'raw', name: 'runtime.RawExtension' } as TypeRef,
  json: { kind: 'raw', name: 'v1.JSON' } as TypeRef,
  /** a named string type such as `v1.RestartPolicy` */
  named(name: string): TypeRef {
    return { kind: 'string', name };
  },
  struct(def: () => StructDef, name?: string): TypeRef {
    return {
      kind: 'struct',
      def,
      get name() {
        return name ?? goTypeName(def());
      },
    } as TypeRef;
  },
  slice(elem: TypeRef): TypeRef {
    return { kind: 'slice', elem, name: `[]${elem.name}` };
  },
  map(elem: TypeRef): TypeRef {
    return { kind: 'map', elem, name: `map[string]${elem.name}` };
  },
  ptr(elem: TypeRef): TypeRef {
    return { kind: 'ptr', elem, name: `*${elem.name}` };
  },
};

type FieldOpts = Partial<Omit<FieldDef, 'json' | 'type'>>;

/** A field with `omitempty` (most Kubernetes fields). */
export const opt = (json: string, type: TypeRef, o: FieldOpts = {}): FieldDef => ({
  json,
  type,
  omitempty: true,
  ...o,
});
/** A field without `omitempty`: its zero value is written out. */
export const req = (json: string, type: TypeRef, o: FieldOpts = {}): FieldDef => ({
  json,
  type,
  omitempty: false,
  ...o,
});

export function struct(pkg: string, name: string, fields: FieldDef[]): StructDef {
  return { pkg, name, fields };
}
