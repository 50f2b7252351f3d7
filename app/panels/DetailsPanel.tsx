// What the step recorded besides the object: the user, the negotiated type, the status, the etcd key…
import { t } from '../i18n';
import { GateDetails } from './GateDetails';
import type { StepPanelProps } from './types';

export function DetailsPanel({ entry }: Pick<StepPanelProps, 'entry'>) {
  const { stored, ...rest } = entry.step.details;
  const hasRest = Object.keys(rest).length > 0;
  return (
    <div>
      <p className="muted">
        <code>{entry.step.id}</code> · <code>{entry.step.state}</code> · {entry.step.server} · etcd revision{' '}
        {entry.step.revision}
      </p>
      <GateDetails details={rest} />
      {hasRest ? <pre>{JSON.stringify(rest, null, 2)}</pre> : <p className="muted">{t('details.none')}</p>}
      {typeof stored === 'string' && (
        <details>
          <summary>{t('details.stored')}</summary>
          <pre>{stored}</pre>
        </details>
      )}
    </div>
  );
}
