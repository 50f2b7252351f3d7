// The etcd keyspace as of this step, with each key's revisions; keys this request wrote are marked.
import { useMemo } from 'react';
import { t } from '../i18n';
import { etcdAtStep } from '../inspect/etcdAtStep';
import type { StepPanelProps } from './types';

function prettyValue(v: string): string {
  try {
    return JSON.stringify(JSON.parse(v), null, 2);
  } catch {
    return v;
  }
}

export function EtcdPanel({ timeline, entry }: Omit<StepPanelProps, 'show'>) {
  const { run } = timeline.runs[entry.request]!;
  const view = useMemo(() => etcdAtStep(run, entry.local), [run, entry.local]);
  return (
    <div className="etcd-inspector">
      <p>
        <strong>{t('etcd.revision', { rev: view.revision })}</strong>
      </p>
      {view.entries.length === 0 ? (
        <p className="muted">{t('etcd.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('etcd.key')}</th>
              <th scope="col">{t('etcd.create')}</th>
              <th scope="col">{t('etcd.mod')}</th>
              <th scope="col">{t('etcd.version')}</th>
            </tr>
          </thead>
          <tbody>
            {view.entries.map((e) => (
              <tr key={e.key} className={e.changed ? 'changed' : undefined}>
                <td>
                  <details>
                    <summary aria-label={t('etcd.showValue', { key: e.key })}>
                      <code>{e.key}</code>
                      {e.changed && <span className="badge">{t('etcd.changed')}</span>}
                    </summary>
                    <pre>{prettyValue(e.value)}</pre>
                  </details>
                </td>
                <td>{e.createRevision}</td>
                <td>{e.modRevision}</td>
                <td>{e.version}</td>
              </tr>
            ))}
            {view.deleted.map((key) => (
              <tr key={`deleted:${key}`} className="deleted">
                <td>
                  <del>
                    <code>{key}</code>
                  </del>
                </td>
                <td colSpan={3}>DELETE</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
