// Go twin: k8s.io/kube-aggregator/pkg/apiserver/scheme/scheme.go (Scheme, Codecs) @ v1.34.0
// The aggregator's own scheme: it knows apiregistration.k8s.io and nothing else, so APIServices are decoded,
// converted and stored with it, and its name is the one its "no kind is registered" errors quote.
import { installAPIRegistration } from '../apis/apiregistration/install';
import { Scheme } from '../../runtime/scheme';
import { CodecFactory } from '../../runtime/serializer/codec_factory';

/**
 * runtime.NewScheme() names a scheme after its call site, trimmed the way the legacy scheme's
 * `pkg/api/legacyscheme/scheme.go:30` is (a -trimpath build: the path from the last `/pkg/`); the call is on
 * line 32 of scheme.go.
 */
export const aggregatorSchemeName = 'pkg/apiserver/scheme/scheme.go:32';

export function newAggregatorScheme(): { scheme: Scheme; codecs: CodecFactory } {
  const scheme = new Scheme(aggregatorSchemeName);
  installAPIRegistration(scheme);
  return { scheme, codecs: new CodecFactory(scheme) };
}
