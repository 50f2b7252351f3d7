// "Copy embed code" on the lesson page: pick a step range, copy the <iframe> snippet. Where the clipboard is
// unavailable (an http page, a refused permission) the snippet is shown in a selected text field instead.
import { useId, useState } from 'react';
import { t } from '../i18n';
import { embedCode, embedURL, rangeFromStepNumbers } from './embedCode';

interface Props {
  lessonId: string;
  title: string;
  total: number;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; code: string };

export function EmbedCodeButton({ lessonId, title, total }: Props) {
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState(String(total));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const id = useId();
  const range = rangeFromStepNumbers(from, to, total);

  const copy = async () => {
    if (!range) return;
    const code = embedCode(embedURL(window.location.href, lessonId, range, total), title);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'fallback', code });
    }
  };

  const stepInput = { total, invalid: !range, describedBy: range ? undefined : `${id}-bad` };
  return (
    <details className="embed-code">
      <summary>{t('embed.heading')}</summary>
      <div className="embed-code-row">
        <StepInput label={t('embed.from')} value={from} onChange={setFrom} {...stepInput} />{' '}
        <StepInput label={t('embed.to')} value={to} onChange={setTo} {...stepInput} />{' '}
        <button type="button" disabled={!range} onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
      </div>
      {!range && (
        <p id={`${id}-bad`} className="warning" role="alert">
          {t('embed.badRange', { total })}
        </p>
      )}
      <p role="status" className="muted">
        {outcome.kind === 'copied' && t('embed.copied')}
        {outcome.kind === 'fallback' && t('embed.copyFallback')}
      </p>
      {outcome.kind === 'fallback' && (
        <textarea
          className="embed-code-text"
          aria-label={t('embed.code')}
          readOnly
          rows={3}
          value={outcome.code}
          data-testid="embed-code"
          ref={(el) => el?.select()}
        />
      )}
    </details>
  );
}

/** One end of the step range: a 1-based step number, flagged while the range is not usable. */
function StepInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  total: number;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="number"
        min={1}
        max={props.total}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
      />
    </label>
  );
}
