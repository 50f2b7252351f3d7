// The learner's progress on the lesson index: a line per lesson, and export, import and reset of the record.
import { useRef, useState, type ChangeEvent } from 'react';
import { t } from '../i18n';
import { downloadText } from '../trace/download';
import { lessonProgress, parseProgress, progress, type ProgressFile } from './progressStore';

/** "3/5 questions, 2 right · 40 steps seen · finished", or "not started". */
export function progressText(file: ProgressFile, lesson: string, questions: number): string {
  const p = lessonProgress(file, lesson);
  if (p.answered.length === 0 && p.seen.length === 0 && !p.finished) return t('progress.notStarted');
  const parts = [
    t('progress.questions', { answered: p.answered.length, total: questions, correct: p.correct.length }),
    t('progress.steps', { seen: p.seen.length }),
  ];
  if (p.finished) parts.push(t('progress.finished'));
  return parts.join(' · ');
}

export function ProgressPanel() {
  const [status, setStatus] = useState<{ text: string; bad: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const f = input.files?.[0];
    if (!f) return;
    try {
      progress.replace(parseProgress(await f.text()));
      setStatus({ text: t('progress.imported'), bad: false });
    } catch (err) {
      setStatus({
        text: t('progress.bad', { message: err instanceof Error ? err.message : String(err) }),
        bad: true,
      });
    } finally {
      input.value = '';
    }
  }

  return (
    <section className="progress-panel" aria-labelledby="progress-heading">
      <h3 id="progress-heading">{t('progress.heading')}</h3>
      <p className="muted">{t('progress.intro')}</p>
      <div className="progress-actions">
        <button
          type="button"
          data-testid="progress-export"
          onClick={() => downloadText('kubewalk-progress.json', JSON.stringify(progress.get(), null, 2))}
        >
          {t('progress.export')}
        </button>
        <label>
          {t('progress.import')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="progress-import"
            onChange={(e) => void importFile(e)}
          />
        </label>
        <button
          type="button"
          ref={resetButton}
          data-testid="progress-reset"
          aria-expanded={confirming}
          onClick={() => {
            setStatus(null);
            setConfirming(true);
          }}
        >
          {t('progress.reset')}
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="progress-confirm" className="progress-confirm">
          <p id="progress-confirm">{t('progress.confirmReset')}</p>
          <button
            type="button"
            data-testid="progress-reset-yes"
            onClick={() => {
              progress.reset();
              setConfirming(false);
              setStatus({ text: t('progress.resetDone'), bad: false });
              resetButton.current?.focus();
            }}
          >
            {t('progress.confirmYes')}
          </button>{' '}
          {/* focus lands on the safe choice */}
          <button
            type="button"
            autoFocus
            onClick={() => {
              setConfirming(false);
              resetButton.current?.focus();
            }}
          >
            {t('progress.cancel')}
          </button>
        </div>
      )}
      {status && (
        <p
          role={status.bad ? 'alert' : 'status'}
          className={status.bad ? 'error' : 'muted'}
          data-testid="progress-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
