// The two servers a learner can try requests against: a bare apiserver where every request is the cluster
// admin (what the lessons about the scheme and storage use), and one set up like a kubeadm cluster — tokens
// for an admin and for `jane`, anonymous access, RBAC with the bootstrap roles, kube-apiserver's default
// admission plugins and the controllers they lean on — where the three gates decide.
import type { ServerConfig } from '../../engine';

export type ServerPreset = 'bare' | 'cluster';
export type Identity = 'admin' | 'jane' | 'anonymous';

export const identities: readonly Identity[] = ['admin', 'jane', 'anonymous'];

const tokens: Record<Exclude<Identity, 'anonymous'>, string> = {
  admin: 'playground-admin-token',
  jane: 'playground-jane-token',
};

export function presetConfig(preset: ServerPreset, defaultOnPlugins: readonly string[]): ServerConfig {
  if (preset === 'bare') return {};
  return {
    authentication: {
      tokens: [
        { token: tokens.admin, name: 'kubernetes-admin', groups: ['system:masters'] },
        { token: tokens.jane, name: 'jane', uid: '1001', groups: ['developers'] },
      ],
      anonymous: true,
    },
    authorizationModes: ['RBAC'],
    admissionPlugins: [...defaultOnPlugins],
    controllers: ['serviceaccount', 'resourcequota'],
  };
}

/** The headers that make a request come from `who` on the cluster preset (none on the bare one). */
export function identityHeaders(preset: ServerPreset, who: Identity): Record<string, string> {
  if (preset === 'bare' || who === 'anonymous') return {};
  return { Authorization: `Bearer ${tokens[who]}` };
}
