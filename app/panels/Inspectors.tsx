// The inspectors, as tabs: object (with diff), step details, request/response, etcd keyspace, watch events.
import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n';
import { usePersistentState } from '../usePersistentState';
import { DetailsPanel } from './DetailsPanel';
import { EtcdPanel } from './EtcdPanel';
import { HttpPanel } from './HttpPanel';
import { ObjectPanel } from './ObjectPanel';
import { PanelBoundary } from './PanelBoundary';
import type { StepPanelProps } from './types';
import { WatchPanel } from './WatchPanel';

const tabs = [
  ['object', 'panel.object'],
  ['details', 'panel.details'],
  ['http', 'panel.http'],
  ['etcd', 'panel.etcd'],
  ['watch', 'panel.watch'],
] as const satisfies readonly (readonly [string, MessageKey])[];
type Tab = (typeof tabs)[number][0];

export function Inspectors({
  timeline,
  entry,
  onGoto,
}: Omit<StepPanelProps, 'show'> & { onGoto: (i: number) => void }) {
  const [stored, setTab] = usePersistentState<Tab>('kubewalk.inspector', 'object');
  const tab: Tab = tabs.some(([id]) => id === stored) ? stored : 'object';
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex(([id]) => id === tab);
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    e.preventDefault();
    e.stopPropagation(); // arrows here move between tabs, not steps
    const next = (i + d + tabs.length) % tabs.length;
    setTab(tabs[next]![0]);
    buttons.current[next]?.focus();
  };
  const props = { timeline, entry };
  return (
    <section className="panel inspectors" aria-label={t('inspect.tabs')}>
      <div role="tablist" aria-label={t('inspect.tabs')} className="tabs" onKeyDown={onKey}>
        {tabs.map(([id, label], i) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        <PanelBoundary resetKey={`${tab}:${entry.global}`}>
          {tab === 'object' && <ObjectPanel {...props} />}
          {tab === 'details' && <DetailsPanel entry={entry} />}
          {tab === 'http' && <HttpPanel {...props} />}
          {tab === 'etcd' && <EtcdPanel {...props} />}
          {tab === 'watch' && <WatchPanel {...props} onGoto={onGoto} />}
        </PanelBoundary>
      </div>
    </section>
  );
}
