// The three gates, read at a glance: who the request is (authentication, impersonation), what the authorizer
// decided and why, and what each admission plugin did — its patch, its refusal, the AdmissionReviews a webhook
// plugin sent and got back. Everything else a step records stays in the raw JSON below.
import { t } from '../i18n';

interface UserInfo {
  name: string;
  uid?: string;
  groups?: string[];
}

interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
}

interface PluginReport {
  plugin: string;
  patch?: PatchOp[];
  error?: string;
  notes?: Record<string, unknown>[];
}

const isUser = (v: unknown): v is UserInfo =>
  typeof v === 'object' && v !== null && typeof (v as UserInfo).name === 'string';

function UserCard({ label, user }: { label: string; user: UserInfo }) {
  return (
    <dl className="gate-card">
      <dt>{label}</dt>
      <dd>
        <code>{user.name}</code>
        {user.uid ? (
          <>
            {' '}
            · uid <code>{user.uid}</code>
          </>
        ) : null}
      </dd>
      <dt>{t('gate.groups')}</dt>
      <dd>{(user.groups ?? []).length ? (user.groups ?? []).map((g) => <code key={g}>{g} </code>) : '—'}</dd>
    </dl>
  );
}

function Decision({ decision, reason }: { decision: string; reason: string }) {
  return (
    <dl className="gate-card">
      <dt>{t('gate.decision')}</dt>
      <dd className={decision === 'allow' ? 'gate-allow' : 'gate-deny'}>
        <code>{decision}</code>
      </dd>
      <dt>{t('gate.reason')}</dt>
      <dd>{reason ? <code>{reason}</code> : t('gate.noReason')}</dd>
    </dl>
  );
}

function Plugins({ plugins }: { plugins: PluginReport[] }) {
  if (plugins.length === 0) return <p className="muted">{t('gate.noPlugins')}</p>;
  return (
    <ol className="gate-plugins">
      {plugins.map((p, i) => (
        <li key={i}>
          <code>{p.plugin}</code>{' '}
          {p.error ? (
            <span className="gate-deny">
              {t('gate.rejected')}: {p.error}
            </span>
          ) : p.patch ? (
            <span>{t('gate.changed', { n: p.patch.length })}</span>
          ) : (
            <span className="muted">{t('gate.unchanged')}</span>
          )}
          {p.patch && <pre aria-label={t('gate.patch')}>{p.patch.map(formatOp).join('\n')}</pre>}
          {(p.notes ?? []).map((n, j) => (
            <details key={j}>
              <summary>
                {typeof n.webhook === 'string' ? t('gate.webhookCall', { name: n.webhook }) : t('gate.note')}
              </summary>
              <pre>{JSON.stringify(n, null, 2)}</pre>
            </details>
          ))}
        </li>
      ))}
    </ol>
  );
}

function formatOp(op: PatchOp): string {
  const value = op.value === undefined ? '' : ` ${JSON.stringify(op.value)}`;
  return `${op.op.padEnd(7)} ${op.path}${value}`;
}

/** The gate summary for a step's details, or null when the step is not a gate. */
export function GateDetails({ details }: { details: Record<string, unknown> }) {
  const parts = [];
  if (details.authenticated === false)
    parts.push(
      <p key="anon" className="gate-deny">
        {t('gate.notAuthenticated')}
      </p>,
    );
  if (isUser(details.requestor))
    parts.push(<UserCard key="req" label={t('gate.requestor')} user={details.requestor} />);
  if (isUser(details.user)) parts.push(<UserCard key="user" label={t('gate.user')} user={details.user} />);
  if (typeof details.decision === 'string')
    parts.push(<Decision key="dec" decision={details.decision} reason={String(details.reason ?? '')} />);
  if (Array.isArray(details.plugins))
    parts.push(<Plugins key="plg" plugins={details.plugins as PluginReport[]} />);
  return parts.length ? <div className="gate">{parts}</div> : null;
}
