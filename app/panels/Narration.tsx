// Where the request is and why: the request, the step, the lesson's note and the Go function doing the work.
import { localized, stepLabel, t } from '../i18n';
import { upstreamUrl } from '../lesson/upstream';
import { SchemeStepLink } from '../scheme/SchemeStepLink';
import { InlineText } from './InlineText';
import { noteBlocks } from './noteBlocks';
import type { StepPanelProps } from './types';

export function Narration({ timeline, entry, show }: StepPanelProps) {
  const { run, title } = timeline.runs[entry.request]!;
  const step = entry.step;
  return (
    <div className="narration">
      <p className="request-line">
        <span className="muted">
          {t('player.request', { n: entry.request + 1, total: timeline.runs.length })}
        </span>{' '}
        <strong>{localized(title)}</strong>{' '}
        <code>
          {run.request.method} {run.request.path}
        </code>{' '}
        <span className={`status status-${Math.floor(run.response.status / 100)}xx`}>
          → {run.response.status}
        </span>
      </p>
      <h3 className="step-label">
        {stepLabel(step)} <span className={`badge group-${step.group}`}>{t(`group.${step.group}`)}</span>{' '}
        <span className="muted">{step.server}</span>
      </h3>
      {show.note &&
        noteBlocks(show.note).map((b, i) =>
          b.kind === 'paragraph' ? (
            <p key={i} className="note">
              <InlineText text={b.text} />
            </p>
          ) : (
            <ul key={i} className="note">
              {b.items.map((item, j) => (
                <li key={j}>
                  <InlineText text={item} />
                </li>
              ))}
            </ul>
          ),
        )}
      {show.problem && <p className="warning">{show.problem}</p>}
      <p className="go-twin">
        Go:{' '}
        <a href={upstreamUrl(step.go)} target="_blank" rel="noreferrer">
          <code>
            {step.go.pkg}/{step.go.file}
          </code>
        </a>{' '}
        <code>{step.go.func}</code>
      </p>
      {step.group === 'scheme' && (
        <p className="scheme-step">
          <SchemeStepLink objectType={step.objectType} object={step.object} />
        </p>
      )}
    </div>
  );
}
