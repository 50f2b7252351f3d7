// Go twin: sigs.k8s.io/yaml (JSONToYAML over gopkg.in/yaml) — how the apiserver writes application/yaml.
import { stringify } from 'yaml';

/** Block-style YAML with go-yaml's look: sequences not indented under their key, keys as given (sorted). */
export function toYAML(value: unknown): string {
  return stringify(value, { version: '1.1', indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
}
