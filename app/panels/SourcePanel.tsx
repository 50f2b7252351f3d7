// The step's Go excerpt in Monaco (loaded lazily) with its lines highlighted, and a link to the upstream file.
import { lazy } from 'react';
import { t } from '../i18n';
import { Panel } from './Panel';
import type { StepPanelProps } from './types';

const CodeView = lazy(() => import('../monaco/CodeView'));

export function SourcePanel({ show }: Pick<StepPanelProps, 'show'>) {
  const src = show.source;
  const range = src ? `${src.lines[0]}-${src.lines[1]}` : '';
  return (
    <Panel
      title={t('panel.source')}
      className="source-panel"
      testId="source-panel"
      attrs={{ 'data-highlight': range }}
      aside={
        src && (
          <a href={src.excerpt.url} target="_blank" rel="noreferrer" className="upstream-link">
            {t('source.upstream', { path: src.excerpt.path, tag: src.excerpt.tag })} ↗
          </a>
        )
      }
    >
      {src ? (
        <>
          <p className="muted source-caption">
            <code>{src.excerpt.func}</code> · {t('source.lines', { from: src.lines[0], to: src.lines[1] })}
          </p>
          <CodeView
            value={src.excerpt.source}
            language="go"
            highlight={src.lines}
            ariaLabel={`${src.excerpt.path} (${src.excerpt.func})`}
          />
        </>
      ) : (
        <p className="muted">{show.problem ?? t('source.none')}</p>
      )}
    </Panel>
  );
}
