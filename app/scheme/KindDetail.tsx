// One registered kind: its Go type, how it is registered, its defaulter, field label conversion, the
// conversion functions from and into it, the path a conversion takes to another version, and "Try it".
import { useId, useMemo, useState, type Ref } from 'react';
import type { ConversionResult, SchemeConversion, SchemeDescription, SchemeKind } from '../../engine';
import { t } from '../i18n';
import { ConversionError, ConversionRun } from './ConversionRun';
import type { GVK, SchemeExplorer } from './loadScheme';
import { conversionPath } from './path';
import { sampleFields } from './samples';
import { kindHref, VersionBadge } from './SchemeBrowser';
import { findKind, gvLabel } from './schemeData';
import { UnregisteredTry } from './UnregisteredTry';

interface Props {
  explorer: SchemeExplorer;
  gvk: GVK;
  /** the heading, which takes focus when another kind is opened (see SchemePage) */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function KindDetail({ explorer, gvk, headingRef }: Props) {
  const id = useId();
  const k = findKind(explorer.description, gvk);
  if (!k) return <UnknownKind explorer={explorer} gvk={gvk} headingRef={headingRef} />;
  const { description } = explorer;
  const group = description.groups.find((g) => g.group === k.group)!;
  const version = group.versions.find((v) => v.version === k.version)!;
  const elsewhere = group.versions.filter(
    (v) => v.version !== k.version && v.kinds.some((x) => x.kind === k.kind),
  );
  return (
    <article className="kind-detail" aria-labelledby={id} data-testid="kind-detail">
      <h3 id={id} ref={headingRef} tabIndex={-1}>
        {k.kind} <span className="muted">{gvLabel(k)}</span>
      </h3>
      <dl className="kind-facts">
        <dt>{t('scheme.goType')}</dt>
        <dd>
          <code>
            {k.goType.pkg}.{k.goType.name}
          </code>{' '}
          <span className="muted">
            (<code>{k.goTypeString}</code>)
          </span>
        </dd>
        <dt>{t('scheme.registeredAs')}</dt>
        <dd>
          {k.internal ? t('scheme.internal') : t('scheme.versioned')}
          {k.unversioned && <span className="badge">{t('scheme.unversioned')}</span>}{' '}
          <VersionBadge version={version} />
          {k.internal && <span className="muted"> — {t('scheme.internalLong')}</span>}
          {version.priority === 0 && <span className="muted"> — {t('scheme.preferredLong')}</span>}
        </dd>
        <dt>{t('scheme.defaulter')}</dt>
        <dd>
          {k.defaulter ? (
            <code>{k.defaulter}</code>
          ) : (
            <span className="muted">{t('scheme.noDefaulter')}</span>
          )}
        </dd>
        <dt>{t('scheme.fieldLabels')}</dt>
        <dd>{k.fieldLabelConversion ? t('scheme.fieldLabelsYes') : t('scheme.fieldLabelsNo')}</dd>
        <dt>{t('scheme.otherVersions')}</dt>
        <dd>
          {elsewhere.length === 0 ? (
            <span className="muted">{t('scheme.none')}</span>
          ) : (
            elsewhere.map((v, i) => (
              <span key={v.version}>
                {i > 0 && ', '}
                <a href={kindHref({ ...k, version: v.version })}>
                  {gvLabel({ group: k.group, version: v.version })}
                </a>
              </span>
            ))
          )}
        </dd>
      </dl>
      <Conversions
        title={t('scheme.conversionsFrom', { type: k.goTypeString })}
        list={k.conversions}
        arrow="→"
      />
      <Conversions
        title={t('scheme.conversionsInto', { type: k.goTypeString })}
        list={k.conversionsInto}
        arrow="←"
      />
      <ConversionExplorer key={`${k.group}/${k.version}/${k.kind}`} explorer={explorer} kind={k} />
      <UnregisteredTry
        key={k.kind}
        explorer={explorer}
        name={k.kind}
        target={{ group: k.group, version: group.preferredVersion ?? k.version }}
      />
    </article>
  );
}

function Conversions({ title, list, arrow }: { title: string; list: SchemeConversion[]; arrow: string }) {
  return (
    <>
      <h4>{title}</h4>
      {list.length === 0 ? (
        <p className="muted">{t('scheme.noConversions')}</p>
      ) : (
        <ul className="conversion-list">
          {list.map((c) => (
            <li key={`${c.name} ${c.other ? gvLabel(c.other) : ''}`}>
              <code className="func">{c.name}</code> <span aria-hidden="true">{arrow}</span>{' '}
              {c.other ? (
                <a href={kindHref(c.other)}>
                  {gvLabel(c.other)} {c.other.kind}
                </a>
              ) : (
                <code>
                  {c.otherType.pkg}.{c.otherType.name}
                </code>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The target version to show first: the group's preferred version, where the apiserver would convert to. */
function defaultTarget(description: SchemeDescription, k: SchemeKind): string {
  const group = description.groups.find((g) => g.group === k.group);
  return group?.preferredVersion ?? k.version;
}

function ConversionExplorer({ explorer, kind: k }: { explorer: SchemeExplorer; kind: SchemeKind }) {
  const { description } = explorer;
  const ids = { heading: useId(), target: useId() };
  const [target, setTarget] = useState(() => defaultTarget(description, k));
  const [result, setResult] = useState<ConversionResult | null>(null);
  const path = useMemo(() => conversionPath(description, k, target), [description, k, target]);
  const versions = description.groups.find((g) => g.group === k.group)?.versions ?? [];
  const targetGV = gvLabel({ group: k.group, version: target });
  return (
    <section className="conversion-explorer" aria-labelledby={ids.heading}>
      <h4 id={ids.heading}>{t('scheme.path')}</h4>
      <p>
        <label htmlFor={ids.target}>{t('scheme.pathTarget')}</label>{' '}
        <select
          id={ids.target}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setResult(null);
          }}
        >
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              {gvLabel({ group: k.group, version: v.version })}
              {v.kinds.some((x) => x.kind === k.kind) ? '' : ` ${t('scheme.pathNoKind', { kind: k.kind })}`}
            </option>
          ))}
        </select>
      </p>
      <ol className="conversion-path" data-testid="conversion-path">
        <li className="path-kind">
          <PathKind kind={k} />
        </li>
        {path.hops.map((h) => (
          <li key={h.func} className="path-hop">
            <span aria-hidden="true">→ </span>
            <code className="func">{h.func}</code>
            <span aria-hidden="true"> → </span>
            <PathKind kind={h.to} />
          </li>
        ))}
        {path.missing && (
          <li className="path-missing">
            <span aria-hidden="true">✗ </span>
            {path.missing.reason === 'notRegistered'
              ? t('scheme.pathNotRegistered', { gv: targetGV, kind: k.kind })
              : t('scheme.pathNoConversion', { gv: targetGV })}
          </li>
        )}
      </ol>
      <p className="muted">{t('scheme.tryHint', { kind: gvLabel(k) + ' ' + k.kind, gv: targetGV })}</p>
      <button
        type="button"
        data-testid="scheme-try"
        onClick={() => setResult(explorer.convert(k, target, sampleFields(k.kind)))}
      >
        {t('scheme.tryIt')}
      </button>
      {result && <ConversionRun result={result} targetGV={targetGV} />}
    </section>
  );
}

function PathKind({ kind: k }: { kind: SchemeKind }) {
  return (
    <a href={kindHref(k)} className="path-node">
      {gvLabel(k)} {k.kind}
    </a>
  );
}

/** A route naming a kind the scheme does not have: say so, with the engine's own error for Scheme.New. */
function UnknownKind({ explorer, gvk, headingRef }: Props) {
  const id = useId();
  const { group, version, kind } = gvk;
  const result = useMemo(
    () => explorer.convert({ group, version, kind }, version, {}),
    [explorer, group, version, kind],
  );
  return (
    <article className="kind-detail" aria-labelledby={id} data-testid="kind-detail">
      <h3 id={id} ref={headingRef} tabIndex={-1}>
        {gvk.kind} <span className="muted">{gvLabel(gvk)}</span>
      </h3>
      <p>{t('scheme.unknownKind', { gv: gvLabel(gvk), kind: gvk.kind })}</p>
      {result.error && <ConversionError error={result.error} targetGV={gvLabel(gvk)} />}
    </article>
  );
}
