// What lesson scenarios send, written once: the headers a kubectl client sends, and manifests several
// lessons use.

export const kubectlUserAgent = 'kubectl/v1.34.0 (linux/amd64)';

/** Accept and User-Agent as kubectl sends them (the user agent names the field manager). */
export const kubectlHeaders: Record<string, string> = {
  Accept: 'application/json',
  'User-Agent': kubectlUserAgent,
};

/** An apps/v1beta1 Deployment as its user wrote it: no selector, no labels of its own, no revisionHistoryLimit. */
export const v1beta1Deployment = {
  apiVersion: 'apps/v1beta1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    },
  },
};
