// Go twin: k8s.io/kubernetes/plugin/pkg/admission/deny/admission.go (alwaysDeny) @ v1.34.0
// Deprecated in Go; it refuses every create, update, delete and connect, in both phases — the shortest
// possible demonstration that admission can say no after authorization said yes.
import { newForbidden } from '../../../../admission/errors';
import type { PluginFactory } from '../../../../admission/initializer';

export const PluginName = 'AlwaysDeny';

const refuse = (a: Parameters<typeof newForbidden>[0]) => {
  throw newForbidden(a, new Error('admission control is denying all modifications'));
};

export const alwaysDenyFactory: PluginFactory = () => ({
  name: PluginName,
  handles: () => true,
  admit: refuse,
  validate: refuse,
});
