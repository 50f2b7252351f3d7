// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/apiserver.go (Scheme, Codecs, init) @ v1.34.0
// The apiextensions server's own scheme: it knows apiextensions.k8s.io and nothing else, so CRDs are decoded,
// converted and stored with it, and its name is the one its "no kind is registered" errors quote.
import { installApiextensions } from './apis/apiextensions/install';
import { Scheme } from '../runtime/scheme';
import { CodecFactory } from '../runtime/serializer/codec_factory';

/** runtime.NewScheme() is called on line 56 of apiserver.go (named as a -trimpath build names it). */
export const apiextensionsSchemeName = 'pkg/apiserver/apiserver.go:56';

export function newApiextensionsScheme(): { scheme: Scheme; codecs: CodecFactory } {
  const scheme = new Scheme(apiextensionsSchemeName);
  installApiextensions(scheme);
  return { scheme, codecs: new CodecFactory(scheme) };
}
