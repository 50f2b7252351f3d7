// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go (unstructuredNegotiatedSerializer,
// UnstructuredObjectTyper, unstructuredCreator, unstructuredDefaulter, schemaCoercingDecoder,
// schemaCoercingConverter, unstructuredSchemaCoercer.apply, crdConversionRESTOptionsGetter) @ v1.34.0
//
// Custom resources are Unstructured: there is no Go struct to decode into, so the CRD's structural schema does
// what struct decoding does for built-ins. Decoding prunes fields the schema does not know (reporting them as
// unknown fields: warnings under fieldValidation=Warn, a 400 under Strict), coerces metadata to ObjectMeta,
// and applies the schema's defaults. Each version's handler works in that version (its hub), and storage keeps
// the storage version; converting between them only changes apiVersion (the None strategy).
import { deepCopyObject, setType, typeOf, type RuntimeObject } from '../../runtime/object';
import { Scheme, unstructuredType, type GroupVersioner } from '../../runtime/scheme';
import { gvString, type GroupVersionKind } from '../../runtime/schema/groupversion';
import { CodecFactory } from '../../runtime/serializer/codec_factory';
import type { DecodeOutput, Serializer } from '../../runtime/serializer/json/json';
import { Codec, type CodecObserver } from '../../runtime/serializer/versioning/versioning';
import type { Codec as StorageCodec } from '../../storage/interfaces';
import { applyDefaults } from './schema/defaulting/algorithm';
import { getObjectMetaWithOptions, setObjectMeta } from './schema/objectmeta/coerce';
import { prune } from './schema/pruning/algorithm';
import type { Structural } from './schema/structural';
import { nopConvert } from './conversion/nop_converter';

/** What serving one CRD needs to know to type, default and prune its objects. */
export interface CRDSchemas {
  group: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  /** the structural schema of each version (null: the version has none) */
  structuralSchemas: Map<string, Structural | null>;
  preserveUnknownFields: boolean;
}

const parseAPIVersion = (apiVersion: unknown) => {
  const s = typeof apiVersion === 'string' ? apiVersion : '';
  const i = s.indexOf('/');
  return i < 0 ? { group: '', version: s } : { group: s.slice(0, i), version: s.slice(i + 1) };
};

/**
 * The typer, creater, converter and defaulter of one CRD's handlers (Go keeps them apart in RequestScope;
 * here they are one Scheme the generic handlers already know how to call).
 */
export class CustomResourceScheme extends Scheme {
  constructor(readonly crd: CRDSchemas) {
    super(`customresource ${crd.kind}.${crd.group}`);
  }

  override recognizes(gvk: GroupVersionKind): boolean {
    return (
      gvk.group === this.crd.group &&
      this.crd.structuralSchemas.has(gvk.version) &&
      (gvk.kind === this.crd.kind || gvk.kind === this.crd.listKind)
    );
  }

  /** unstructuredCreator.New: an empty Unstructured with its GVK set. */
  override new(gvk: GroupVersionKind): RuntimeObject {
    return setType({ apiVersion: gvString(gvk), kind: gvk.kind }, unstructuredType);
  }

  /** unstructuredDefaulter.Default: the schema defaults of the object's own version. */
  override default(obj: RuntimeObject): void {
    if (!this.isOurs(obj)) return;
    const schema = this.crd.structuralSchemas.get(parseAPIVersion(obj.apiVersion).version);
    if (schema) applyDefaults(obj, schema);
  }

  /** Scheme.Convert between two Unstructured objects is a straight copy. */
  override convert(input: RuntimeObject, out: RuntimeObject): void {
    for (const k of Object.keys(out)) delete out[k];
    Object.assign(out, deepCopyObject(input));
    setType(out, unstructuredType);
  }

  /** The nop converter: another version of the same group only changes apiVersion. */
  override convertToVersion(input: RuntimeObject, target: GroupVersioner): RuntimeObject {
    const current = parseAPIVersion(input.apiVersion);
    const kind = typeof input.kind === 'string' ? input.kind : '';
    const gvk = target.kindForGroupVersionKinds([{ ...current, kind }]);
    if (!gvk)
      throw new Error(
        `${gvString(current)}, Kind=${kind} is not suitable for converting to ${target.toString()}`,
      );
    return nopConvert(input, gvk);
  }

  /** crConverter.ConvertFieldLabel: metadata.name, and metadata.namespace for namespaced resources. */
  override convertFieldLabel(_gvk: GroupVersionKind, label: string, value: string): [string, string] {
    if (label === 'metadata.name' || (this.crd.namespaced && label === 'metadata.namespace'))
      return [label, value];
    throw new Error(`field label not supported: ${label}`);
  }

  /**
   * No custom resource version is a registered Go type: this is how the patch handler learns that strategic
   * merge patch is not offered (crdHandler passes only json-patch and merge-patch to PatchResource).
   */
  override isVersionRegistered(): boolean {
    return false;
  }

  private isOurs(obj: RuntimeObject): boolean {
    return (
      typeOf(obj) === unstructuredType &&
      parseAPIVersion(obj.apiVersion).group === this.crd.group &&
      obj.kind === this.crd.kind
    );
  }
}

export interface CoercerOptions {
  /** storage reads: drop metadata that cannot be decoded instead of failing */
  dropInvalidMetadata?: boolean;
  /** storage reads: very old custom resources may lack metadata.generation */
  repairGeneration?: boolean;
  returnUnknownFieldPaths?: boolean;
}

/**
 * unstructuredSchemaCoercer.apply: for objects of our kind (unless the CRD preserves unknown fields), prune
 * coerces metadata to ObjectMeta and drops unknown fields; anything else only has its metadata coerced.
 * apiVersion and kind are kept. Returns the unknown field paths, e.g. `metadata.foo`, `spec.bar`.
 */
export function applySchemaCoercion(u: RuntimeObject, crd: CRDSchemas, opts: CoercerOptions): string[] {
  const kind = u.kind;
  const apiVersion = u.apiVersion;
  const gv = parseAPIVersion(apiVersion);
  const ours = gv.group === crd.group && kind === crd.kind;
  let unknown: string[];
  if (ours && !crd.preserveUnknownFields) {
    if (opts.dropInvalidMetadata) {
      // storage reads: metadata that does not decode is dropped field by field instead of failing the read
      setObjectMeta(u, getObjectMetaWithOptions(u, { dropMalformedFields: true }).meta);
    }
    unknown = prune(u, crd.structuralSchemas.get(gv.version) ?? null, true);
  } else {
    const r = getObjectMetaWithOptions(u, { dropMalformedFields: opts.dropInvalidMetadata ?? false });
    if (r.meta) setObjectMeta(u, r.meta);
    unknown = r.unknownFieldPaths;
  }
  // fixup missing generation in very old CRs
  if (ours && opts.repairGeneration && u.metadata && !u.metadata.generation) u.metadata.generation = 1;
  if (kind !== undefined) u.kind = kind;
  if (apiVersion !== undefined) u.apiVersion = apiVersion;
  return opts.returnUnknownFieldPaths ? unknown : [];
}

/**
 * The versioning codec over the unstructured serializer with the schema-coercing decoder: decode, coerce,
 * default, then (storage only) convert to the handler's version and coerce again for that version's schema.
 */
export class CustomResourceCodec extends Codec {
  constructor(
    private readonly crScheme: CustomResourceScheme,
    private readonly crEncoder: Serializer | null,
    private readonly crDecoder: Serializer | null,
    encodeTo: GroupVersioner | null,
    decodeTo: GroupVersioner | null,
    private readonly coercion: CoercerOptions,
  ) {
    super(crScheme, crEncoder, crDecoder, encodeTo, decodeTo, true);
  }

  override decode(
    data: string,
    _defaultGVK: GroupVersionKind | null,
    into: RuntimeObject | null,
    observe?: CodecObserver,
  ): DecodeOutput {
    if (!this.crDecoder) throw new Error('codec has no decoder');
    // Decoding into Unstructured takes the kind from the data only: a body without one is refused.
    const out = this.crDecoder.decode(data, null, setType({}, unstructuredType));
    const unknown = applySchemaCoercion(out.obj, this.crScheme.crd, this.coercion);
    observe?.decoded?.(out.obj, out.gvk);
    this.crScheme.default(out.obj);
    observe?.defaulted?.(out.obj);
    let obj = out.obj;
    if (this.decodeVersion) {
      obj = this.crScheme.convertToVersion(obj, this.decodeVersion);
      applySchemaCoercion(obj, this.crScheme.crd, { ...this.coercion, returnUnknownFieldPaths: false });
      observe?.converted?.(obj, this.decodeVersion.toString());
    }
    if (into) {
      this.crScheme.convert(obj, into);
      obj = into;
    }
    return { obj, gvk: out.gvk, strictErrors: unknown.map((p) => `unknown field ${JSON.stringify(p)}`) };
  }

  override encode(obj: RuntimeObject): string {
    if (!this.crEncoder) throw new Error('codec has no encoder');
    return this.crEncoder.encode(this.toEncodeVersion(obj));
  }

  override toEncodeVersion(obj: RuntimeObject): RuntimeObject {
    return this.encodeVersion ? this.crScheme.convertToVersion(obj, this.encodeVersion) : obj;
  }
}

/**
 * unstructuredNegotiatedSerializer: JSON and YAML (CRDs explicitly do not support protobuf). A request body is
 * decoded in the version it names; the handler then refuses a version other than its own.
 */
export class CustomResourceCodecFactory extends CodecFactory {
  constructor(private readonly crScheme: CustomResourceScheme) {
    super(crScheme);
  }

  override decoderToVersion(decoder: Serializer, _gv: GroupVersioner): Codec {
    // the strict serializer (fieldValidation Warn or Strict) asks for the pruned paths
    return new CustomResourceCodec(this.crScheme, null, decoder, null, null, {
      returnUnknownFieldPaths: decoder.options.strict,
    });
  }

  override encoderForVersion(encoder: Serializer, gv: GroupVersioner): Codec {
    return new CustomResourceCodec(this.crScheme, encoder, null, gv, null, {});
  }

  override codecForVersions(serializer: Serializer, encode: GroupVersioner, decode: GroupVersioner): Codec {
    return new CustomResourceCodec(this.crScheme, serializer, serializer, encode, decode, {
      dropInvalidMetadata: true,
      repairGeneration: true,
    });
  }
}

/**
 * crdConversionRESTOptionsGetter's codec: JSON in the storage version in etcd; reads are coerced, defaulted
 * (with the storage version's schema) and converted to the handler's version.
 */
export function customResourceStorageCodec(
  codecs: CustomResourceCodecFactory,
  storageVersion: GroupVersioner,
  handlerVersion: GroupVersioner,
): StorageCodec {
  const codec = codecs.codecForVersions(codecs.json(), storageVersion, handlerVersion);
  return {
    encode: (obj) => codec.encode(obj as RuntimeObject),
    decode: (data) => codec.decode(data, null, null).obj as Record<string, unknown>,
  };
}
