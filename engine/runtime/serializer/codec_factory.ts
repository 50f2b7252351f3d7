// Go twin: k8s.io/apimachinery/pkg/runtime/serializer/codec_factory.go (CodecFactory) @ v1.34.0
import type { Scheme, GroupVersioner } from '../scheme';
import { Serializer } from './json/json';
import { Codec } from './versioning/versioning';

/** runtime.SerializerInfo: one media type with its plain, pretty and strict serializers. */
export interface SerializerInfo {
  mediaType: string;
  mediaTypeType: string;
  mediaTypeSubType: string;
  encodesAsText: boolean;
  serializer: Serializer;
  prettySerializer: Serializer;
  strictSerializer: Serializer;
}

/**
 * JSON and YAML, as kube-apiserver offers them. Protobuf is not modelled: the simulator's clients
 * (kubectl, the browser) all speak JSON.
 */
export class CodecFactory {
  private readonly infos: SerializerInfo[];

  constructor(readonly scheme: Scheme) {
    const make = (yaml: boolean): SerializerInfo => ({
      mediaType: yaml ? 'application/yaml' : 'application/json',
      mediaTypeType: 'application',
      mediaTypeSubType: yaml ? 'yaml' : 'json',
      encodesAsText: true,
      serializer: new Serializer(scheme, { yaml, pretty: false, strict: false }),
      prettySerializer: new Serializer(scheme, { yaml, pretty: true, strict: false }),
      strictSerializer: new Serializer(scheme, { yaml, pretty: false, strict: true }),
    });
    this.infos = [make(false), make(true)];
  }

  supportedMediaTypes(): SerializerInfo[] {
    return this.infos;
  }

  /** Encodes objects in `gv` (converting from internal or any other version first). */
  encoderForVersion(encoder: Serializer, gv: GroupVersioner): Codec {
    return new Codec(this.scheme, encoder, null, gv, null, false);
  }

  /** Decodes, defaults, and converts to `gv` (usually the internal hub). */
  decoderToVersion(decoder: Serializer, gv: GroupVersioner): Codec {
    return new Codec(this.scheme, null, decoder, null, gv, true);
  }

  /** CodecForVersions: the storage codec shape — encode to one version, decode to another. */
  codecForVersions(serializer: Serializer, encode: GroupVersioner, decode: GroupVersioner): Codec {
    return new Codec(this.scheme, serializer, serializer, encode, decode, true);
  }

  /** The JSON serializer, for callers that need exactly one. */
  json(): Serializer {
    return this.infos[0]!.serializer;
  }
}
