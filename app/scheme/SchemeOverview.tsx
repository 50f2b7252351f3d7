// The explorer's landing pane: every group's versions in priority order (the first is the preferred and
// storage version; `__internal` is the hub), or one group's when the route names it.
import { useId, type Ref } from 'react';
import type { SchemeGroup } from '../../engine';
import { t } from '../i18n';
import { formatRoute } from '../routing/route';
import type { SchemeExplorer } from './loadScheme';
import { VersionBadge } from './SchemeBrowser';
import { groupLabel, gvLabel } from './schemeData';

interface Props {
  explorer: SchemeExplorer;
  group?: string;
  version?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function SchemeOverview({ explorer, group, version, headingRef }: Props) {
  const id = useId();
  const all = explorer.description.groups;
  const named = group === undefined ? undefined : all.find((g) => g.group === group);
  const shown = named ? [named] : all;
  return (
    <article className="scheme-overview" aria-labelledby={id}>
      <h3 id={id} ref={headingRef} tabIndex={-1}>
        {t('scheme.overview')}
      </h3>
      <p className="muted">{t('scheme.overviewHint')}</p>
      {group !== undefined && !named && (
        <p role="alert" className="warning">
          {t('scheme.unknownGroup', { group })}
        </p>
      )}
      {shown.map((g) => (
        <GroupPriority key={g.group} group={g} current={named ? version : undefined} />
      ))}
    </article>
  );
}

function GroupPriority({ group: g, current }: { group: SchemeGroup; current?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>
        <a href={formatRoute({ name: 'scheme', group: g.group })}>{groupLabel(g.group)}</a>
      </h4>
      <ol className="version-priority">
        {g.versions.map((v) => (
          <li key={v.version} className={v.version === current ? 'current' : undefined}>
            <a
              href={formatRoute({ name: 'scheme', group: g.group, version: v.version })}
              aria-current={v.version === current ? 'location' : undefined}
            >
              <code>{gvLabel({ group: g.group, version: v.version })}</code>
            </a>{' '}
            <VersionBadge version={v} />{' '}
            <span className="muted">
              {v.kinds.length === 1
                ? t('scheme.kindCountOne')
                : t('scheme.kindCount', { count: v.kinds.length })}
              {v.internal && ` — ${t('scheme.internalLong')}`}
              {v.priority === 0 && ` — ${t('scheme.preferredLong')}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
