// The list of registered kinds, grouped by group and version (versions in priority order), with a search box.
// Keyboard: Enter in the search opens the first match; ArrowDown/ArrowUp move between the search and the kinds.
import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SchemeKind, SchemeVersion } from '../../engine';
import { t } from '../i18n';
import { formatRoute } from '../routing/route';
import { filterScheme } from './filter';
import type { GVK, SchemeExplorer } from './loadScheme';
import { groupLabel } from './schemeData';
import { UnregisteredTry } from './UnregisteredTry';

export const kindHref = (k: GVK): string =>
  formatRoute({ name: 'scheme', group: k.group, version: k.version, kind: k.kind });

interface Props {
  explorer: SchemeExplorer;
  query: string;
  onQuery: (query: string) => void;
  selected: Partial<GVK>;
}

export function SchemeBrowser({ explorer, query, onQuery, selected }: Props) {
  const ids = { heading: useId(), search: useId(), hint: useId() };
  const list = useRef<HTMLDivElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const { groups, count } = useMemo(
    () => filterScheme(explorer.description, query),
    [explorer.description, query],
  );

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.kind-link') ?? [])];
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      const first = groups[0]?.versions[0]?.kinds[0];
      if (first) window.location.hash = kindHref(first);
      e.preventDefault();
    } else if (e.key === 'ArrowDown') {
      links()[0]?.focus();
      e.preventDefault();
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(e.target as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[i + 1] : all[i - 1];
    if (next) next.focus();
    else if (e.key === 'ArrowUp') searchBox.current?.focus();
  };

  return (
    <section className="scheme-browser" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} className="sr-only">
        {t('scheme.kinds')}
      </h3>
      <label htmlFor={ids.search} className="scheme-search-label">
        {t('scheme.search')}
      </label>
      <input
        id={ids.search}
        ref={searchBox}
        type="search"
        className="scheme-search"
        data-testid="scheme-search"
        value={query}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={ids.hint}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <p id={ids.hint} className="muted scheme-hint">
        {t('scheme.searchHint')}
      </p>
      <p role="status" className="muted scheme-count">
        {count === 0
          ? t('scheme.noMatch', { query: query.trim() })
          : count === 1
            ? t('scheme.countOne')
            : t('scheme.count', { count })}
      </p>
      {count === 0 && <UnregisteredTry explorer={explorer} name={query.trim()} fromSearch />}
      <div ref={list} onKeyDown={onListKey}>
        {groups.map((g) => (
          <GroupSection key={g.group} group={g.group} versions={g.versions} selected={selected} />
        ))}
      </div>
    </section>
  );
}

function GroupSection({
  group,
  versions,
  selected,
}: {
  group: string;
  versions: SchemeVersion[];
  selected: Partial<GVK>;
}) {
  const id = useId();
  return (
    <section className="scheme-group" aria-labelledby={id}>
      <h3 id={id}>{groupLabel(group)}</h3>
      {versions.map((v) => (
        <VersionSection key={v.version} version={v} selected={selected} />
      ))}
    </section>
  );
}

function VersionSection({ version: v, selected }: { version: SchemeVersion; selected: Partial<GVK> }) {
  const id = useId();
  return (
    <section className="scheme-version" aria-labelledby={id}>
      <h4 id={id}>
        {v.version} <VersionBadge version={v} />
      </h4>
      <ul className="kind-list">
        {v.kinds.map((k) => (
          <li key={k.kind}>
            <KindLink kind={k} current={isSelected(k, selected)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function VersionBadge({ version: v }: { version: SchemeVersion }) {
  if (v.internal) return <span className="badge badge-internal">{t('scheme.internal')}</span>;
  if (v.priority === 0) return <span className="badge badge-preferred">{t('scheme.preferred')}</span>;
  if (v.priority === null) return null;
  return <span className="badge">{t('scheme.priority', { n: v.priority + 1 })}</span>;
}

function KindLink({ kind: k, current }: { kind: SchemeKind; current: boolean }) {
  return (
    <a className="kind-link" href={kindHref(k)} aria-current={current ? 'page' : undefined}>
      {k.kind}
    </a>
  );
}

const isSelected = (k: SchemeKind, s: Partial<GVK>) =>
  k.group === s.group && k.version === s.version && k.kind === s.kind;
