// The request crossing the servers of the delegation chain, up to the current step.
import { useMemo } from 'react';
import { sequenceDiagram } from '../../engine';
import { t } from '../i18n';
import { MermaidDiagram } from '../mermaid/MermaidDiagram';
import type { StepPanelProps } from './types';

export function SequencePanel({ timeline, entry }: Omit<StepPanelProps, 'show'>) {
  const { run } = timeline.runs[entry.request]!;
  const text = useMemo(
    () =>
      sequenceDiagram(
        run.steps.map((s) => s.id),
        run.response.status,
        entry.local + 1,
      ),
    [run, entry.local],
  );
  // Start-up has no request crossing the servers: the servers are being built.
  if (entry.step.group === 'startup') return <p className="muted">{t('panel.sequenceStartup')}</p>;
  return <MermaidDiagram text={text} testId="sequence-diagram" label={t('panel.sequence')} />;
}
