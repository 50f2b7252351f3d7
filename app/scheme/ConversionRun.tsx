// What the engine did when asked to convert a sample: each stage's kind, Go type, the function that ran and
// the object after it; then the error that stopped it, exactly as the scheme worded it.
import type { ConversionResult, ConversionStage } from '../../engine';
import { t } from '../i18n';
import { gvLabel } from './schemeData';

export function stageTitle(stage: ConversionStage['stage'], gv: string): string {
  switch (stage) {
    case 'new':
      return t('scheme.stage.new');
    case 'default':
      return t('scheme.stage.default');
    case 'toInternal':
      return t('scheme.stage.toInternal');
    case 'toVersion':
      return t('scheme.stage.toVersion', { gv });
    default: {
      const never: never = stage;
      throw new Error(`stageTitle: unknown stage ${JSON.stringify(never)}`);
    }
  }
}

const typeText = (s: ConversionStage) => (s.goType ? `${s.goType.pkg}.${s.goType.name}` : '?');

export function ConversionRun({ result, targetGV }: { result: ConversionResult; targetGV: string }) {
  return (
    <div className="conversion-run" data-testid="scheme-stages">
      <p role="status" className="muted">
        {t('scheme.ran', { count: result.stages.length })}
      </p>
      <ol className="conversion-stages">
        {result.stages.map((s, i) => (
          <li key={s.stage} data-stage={s.stage}>
            <h5>{stageTitle(s.stage, targetGV)}</h5>
            <p className="stage-facts">
              {s.gvk ? (
                <span className="badge">
                  {gvLabel(s.gvk)} {s.gvk.kind}
                </span>
              ) : (
                <span className="badge badge-missing">{t('scheme.unregisteredType')}</span>
              )}{' '}
              <code>{typeText(s)}</code>{' '}
              {s.func ? (
                <span>
                  {t('scheme.by')} <code>{s.func}</code>
                </span>
              ) : (
                s.stage !== 'new' && <span className="muted">{t('scheme.noFunc')}</span>
              )}
            </p>
            <details open={i === result.stages.length - 1 && !result.error}>
              <summary>{t('scheme.object')}</summary>
              <pre>{JSON.stringify(s.object, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
      {result.error && <ConversionError error={result.error} targetGV={targetGV} />}
    </div>
  );
}

export function ConversionError({
  error,
  targetGV,
}: {
  error: NonNullable<ConversionResult['error']>;
  targetGV: string;
}) {
  return (
    <p role="alert" className="error scheme-error" data-testid="scheme-error">
      {t('scheme.error', { stage: stageTitle(error.stage, targetGV), message: error.message })}
    </p>
  );
}
