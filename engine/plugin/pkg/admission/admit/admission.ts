// Go twin: k8s.io/kubernetes/plugin/pkg/admission/admit/admission.go (alwaysAdmit) @ v1.34.0
// Deprecated in Go ("no real meaning"): it admits everything. Kept because a learner can switch it on and see
// a plugin that changes nothing.
import type { PluginFactory } from '../../../../admission/initializer';

export const PluginName = 'AlwaysAdmit';

export const alwaysAdmitFactory: PluginFactory = () => ({
  name: PluginName,
  handles: () => true,
  admit: () => {},
  validate: () => {},
});
