// Shows Mermaid text as SVG, redrawn when the text changes (latest text only while playing fast).
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { LatestOnly } from './latestOnly';
import { renderMermaid } from './renderMermaid';

export interface MermaidDiagramProps {
  text: string;
  label: string;
  testId?: string;
  /** called with the container after each successful render (e.g. to scroll to the current node) */
  onRendered?: (container: HTMLDivElement) => void;
}

export function MermaidDiagram({ text, label, testId, onRendered }: MermaidDiagramProps) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const onRenderedRef = useRef(onRendered);
  const renderer = useRef<LatestOnly<string, string> | null>(null);

  useEffect(() => {
    onRenderedRef.current = onRendered;
  }, [onRendered]);

  useEffect(() => {
    const r = new LatestOnly<string, string>(renderMermaid, (result) => {
      setLoading(false);
      const el = host.current;
      if (!el) return;
      if (!result.ok) {
        setError(result.error instanceof Error ? result.error.message : String(result.error));
        return;
      }
      setError(null);
      el.innerHTML = result.value;
      onRenderedRef.current?.(el);
    });
    renderer.current = r;
    return () => r.stop();
  }, []);

  useEffect(() => {
    renderer.current?.push(text);
  }, [text]);

  return (
    // Focusable because it scrolls: keyboard users must be able to pan a chart larger than the panel.
    <div className="diagram" data-testid={testId} tabIndex={0} data-keyboard-scroll="">
      {loading && <p className="muted">{t('panel.loading')}</p>}
      {error && (
        <p role="alert" className="error">
          {t('panel.failed', { message: error })}
        </p>
      )}
      <div ref={host} className="diagram-svg" role="img" aria-label={label} />
    </div>
  );
}
