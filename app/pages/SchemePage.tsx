// The scheme explorer: every GVK the server's scheme registers, searchable, with one kind's details and a
// sample conversion the engine runs. A lazy chunk: it loads the engine, the first screen does not.
import { Suspense, use, useEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { PanelBoundary } from '../panels/PanelBoundary';
import { KindDetail } from '../scheme/KindDetail';
import { loadScheme } from '../scheme/loadScheme';
import { SchemeBrowser } from '../scheme/SchemeBrowser';
import { SchemeOverview } from '../scheme/SchemeOverview';

interface Props {
  group?: string;
  version?: string;
  kind?: string;
}

export default function SchemePage(props: Props) {
  useEffect(() => {
    document.title = `${t('scheme.heading')} — Kubewalk`;
  }, []);
  return (
    <section className="scheme-page" aria-labelledby="scheme-heading">
      <h2 id="scheme-heading">{t('scheme.heading')}</h2>
      <PanelBoundary describe={(e) => t('scheme.failed', { message: e.message })}>
        <Suspense fallback={<p className="muted">{t('scheme.loading')}</p>}>
          <Explorer {...props} />
        </Suspense>
      </PanelBoundary>
    </section>
  );
}

function Explorer({ group, version, kind }: Props) {
  const explorer = use(loadScheme());
  const [query, setQuery] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // opening another kind (a link, Enter in the search) moves focus to its heading, as a page change would
  const where = JSON.stringify([group, version, kind]);
  const shown = useRef(where);
  useEffect(() => {
    if (shown.current === where) return;
    shown.current = where;
    heading.current?.focus();
  }, [where]);

  return (
    <>
      <p className="muted scheme-intro">{t('scheme.intro', { name: explorer.description.schemeName })}</p>
      <div className="scheme-layout">
        <SchemeBrowser
          explorer={explorer}
          query={query}
          onQuery={setQuery}
          selected={{ group, version, kind }}
        />
        <div className="scheme-detail">
          {group !== undefined && version !== undefined && kind !== undefined ? (
            <KindDetail explorer={explorer} gvk={{ group, version, kind }} headingRef={heading} />
          ) : (
            <SchemeOverview explorer={explorer} group={group} version={version} headingRef={heading} />
          )}
        </div>
      </div>
    </>
  );
}
