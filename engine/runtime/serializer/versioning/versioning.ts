// Go twin: k8s.io/apimachinery/pkg/runtime/serializer/versioning/versioning.go (codec) @ v1.34.0
//
// The codec every request body and every etcd value passes through. Decoding defaults the object in the
// version it was sent in, then converts it to the decode version (the internal hub for requests and
// storage). Encoding converts to the encode version first (the request's version, or the storage version).
import type { RuntimeObject } from '../../object';
import type { GroupVersioner, Scheme } from '../../scheme';
import type { GroupVersionKind } from '../../schema/groupversion';
import type { DecodeOutput, Serializer } from '../json/json';

/** Observes each stage, so the flow tracer can show defaulting and conversion as steps. */
export interface CodecObserver {
  decoded?(obj: RuntimeObject, gvk: GroupVersionKind | null): void;
  defaulted?(obj: RuntimeObject): void;
  converted?(obj: RuntimeObject, target: string): void;
}

export class Codec {
  constructor(
    private readonly scheme: Scheme,
    private readonly encoder: Serializer | null,
    private readonly decoder: Serializer | null,
    readonly encodeVersion: GroupVersioner | null,
    readonly decodeVersion: GroupVersioner | null,
    private readonly defaulting: boolean,
  ) {}

  decode(
    data: string,
    defaultGVK: GroupVersionKind | null,
    into: RuntimeObject | null,
    observe?: CodecObserver,
  ): DecodeOutput {
    if (!this.decoder) throw new Error('codec has no decoder');
    const out = this.decoder.decode(data, defaultGVK, into && this.decodeVersion ? null : into);
    observe?.decoded?.(out.obj, out.gvk);
    if (this.defaulting) {
      this.scheme.default(out.obj);
      observe?.defaulted?.(out.obj);
    }
    if (into && this.decodeVersion) {
      this.scheme.convert(out.obj, into);
      observe?.converted?.(into, this.decodeVersion.toString());
      return { ...out, obj: into };
    }
    if (this.decodeVersion) {
      const converted = this.scheme.convertToVersion(out.obj, this.decodeVersion);
      observe?.converted?.(converted, this.decodeVersion.toString());
      return { ...out, obj: converted };
    }
    return out;
  }

  /** Converts to the encode version (a copy; the input is unchanged) and serializes. */
  encode(obj: RuntimeObject): string {
    if (!this.encoder) throw new Error('codec has no encoder');
    return this.encoder.encode(this.toEncodeVersion(obj));
  }

  toEncodeVersion(obj: RuntimeObject): RuntimeObject {
    return this.encodeVersion ? this.scheme.convertToVersion(obj, this.encodeVersion) : obj;
  }
}
