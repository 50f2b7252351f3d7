// Links to the upstream Go file of a step at the pinned tag (GitHub, kubernetes/kubernetes).
import type { GoTwin } from '../../engine';

export const kubernetesTag = 'v1.34.0';

/** `k8s.io/<repo>/…` lives under staging/src in kubernetes/kubernetes; `k8s.io/kubernetes/…` at the root. */
export function upstreamUrl(go: Pick<GoTwin, 'pkg' | 'file'>): string {
  const path = `${go.pkg}/${go.file}`;
  const base = `https://github.com/kubernetes/kubernetes/blob/${kubernetesTag}`;
  if (path.startsWith('k8s.io/kubernetes/')) return `${base}/${path.slice('k8s.io/kubernetes/'.length)}`;
  return `${base}/staging/src/${path}`;
}
