// A titled region of the player, with its own error boundary and loading fallback.
import { Suspense, useId, type ReactNode } from 'react';
import { t } from '../i18n';
import { PanelBoundary } from './PanelBoundary';

export interface PanelProps {
  title: string;
  className?: string;
  resetKey?: unknown;
  children: ReactNode;
  /** extra elements beside the title (links, badges) */
  aside?: ReactNode;
  testId?: string;
  attrs?: Record<`data-${string}`, string>;
}

export function Panel({ title, className, resetKey, children, aside, testId, attrs }: PanelProps) {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id} data-testid={testId} {...attrs}>
      <header className="panel-header">
        <h2 id={id}>{title}</h2>
        {aside}
      </header>
      <PanelBoundary resetKey={resetKey}>
        <Suspense fallback={<p className="muted">{t('panel.loading')}</p>}>{children}</Suspense>
      </PanelBoundary>
    </section>
  );
}
