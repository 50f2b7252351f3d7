// Go twin: k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go (Scheme, Codecs) @ v1.34.0
// Go keeps one global Scheme; each simulated server chain builds its own, so scenarios never share state.
import { installAdmissionRegistration } from '../../apis/admissionregistration/install';
import { installApps } from '../../apis/apps/install';
import { installAuthentication } from '../../apis/authentication/install';
import { installAuthorization } from '../../apis/authorization/install';
import { installAutoscaling } from '../../apis/autoscaling/install';
import { installCore } from '../../apis/core/install';
import { installRbac } from '../../apis/rbac/install';
import { Scheme } from '../../runtime/scheme';
import { CodecFactory } from '../../runtime/serializer/codec_factory';

/** The name Go derives from NewScheme's call site; it appears in every "no kind is registered" error. */
export const legacySchemeName = 'pkg/api/legacyscheme/scheme.go:30';

export function newLegacyScheme(): { scheme: Scheme; codecs: CodecFactory } {
  const scheme = new Scheme(legacySchemeName);
  installCore(scheme);
  installApps(scheme);
  installAutoscaling(scheme);
  installRbac(scheme);
  installAdmissionRegistration(scheme);
  installAuthorization(scheme);
  installAuthentication(scheme);
  return { scheme, codecs: new CodecFactory(scheme) };
}
