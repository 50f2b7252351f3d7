// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/conversion.go (the AddFieldLabelConversionsFor* funcs) @ v1.34.0
import type { FieldLabelConversionFunc } from '../../../runtime/scheme';

/** A FieldLabelConversionFunc accepting exactly `labels`, with Go's error for any other. */
export function fieldLabelsFunc(labels: readonly string[]): FieldLabelConversionFunc {
  const allowed = new Set(labels);
  return (label, value) => {
    if (allowed.has(label)) return [label, value];
    throw new Error(`field label not supported: ${label}`);
  };
}
