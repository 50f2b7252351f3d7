// The shell: header, navigation and the page for the current hash route. The lesson player, the playground and
// the scheme explorer are lazy chunks (they bring the engine, Monaco and Mermaid); the lesson index is all the
// first screen loads.
import { lazy, Suspense, useEffect } from 'react';
import { availableLangs, langNames, langTags, t, useLang } from './i18n';
import { LessonIndex } from './pages/LessonIndex';
import { PanelBoundary } from './panels/PanelBoundary';
import { formatRoute, type Route } from './routing/route';
import { useHashRoute } from './routing/useHashRoute';

const LessonPage = lazy(() => import('./pages/LessonPage'));
const PlaygroundPage = lazy(() => import('./pages/PlaygroundPage'));
const SchemePage = lazy(() => import('./pages/SchemePage'));
const LivePage = lazy(() => import('./pages/LivePage'));
const EmbedPage = lazy(() => import('./pages/EmbedPage'));
const NotesPage = lazy(() => import('./pages/NotesPage'));
const TracePage = lazy(() => import('./pages/TracePage'));
const ForkPage = lazy(() => import('./pages/ForkPage'));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'index':
      return <LessonIndex />;
    case 'lesson':
      return <LessonPage id={route.id} step={route.step} />;
    case 'playground':
      return <PlaygroundPage />;
    case 'live':
      return <LivePage />;
    case 'trace':
      return <TracePage />;
    case 'scheme':
      return <SchemePage group={route.group} version={route.version} kind={route.kind} />;
    case 'embed':
      return <EmbedPage id={route.id} from={route.from} to={route.to} />;
    case 'notes':
      return <NotesPage id={route.id} />;
    case 'fork':
      return <ForkPage id={route.id} step={route.step} />;
    case 'notFound':
      return (
        <p role="alert">
          {t('nav.notFound', { hash: route.hash })}{' '}
          <a href={formatRoute({ name: 'index' })}>{t('nav.backToLessons')}</a>
        </p>
      );
    default: {
      const never: never = route;
      throw new Error(`App: unknown route ${JSON.stringify(never)}`);
    }
  }
}

export function App() {
  const route = useHashRoute();
  const [lang, setLang] = useLang();
  useEffect(() => {
    document.documentElement.lang = langTags[lang];
  }, [lang]);
  const pageKey =
    route.name === 'fork'
      ? `fork:${route.id}:${route.step}`
      : route.name === 'lesson' || route.name === 'embed' || route.name === 'notes'
        ? `${route.name}:${route.id}`
        : route.name;
  // an embedded lesson and the speaker notes stand alone: no site header or navigation
  if (route.name === 'embed' || route.name === 'notes') {
    return (
      <main className={`shell bare ${route.name}-shell`} lang={langTags[lang]}>
        <PanelBoundary resetKey={pageKey}>
          <Suspense fallback={<p className="muted">{t('panel.loading')}</p>}>
            <Page key={pageKey} route={route} />
          </Suspense>
        </PanelBoundary>
      </main>
    );
  }
  return (
    <div className="shell" lang={langTags[lang]}>
      <header className="shell-header">
        <h1>
          <a href={formatRoute({ name: 'index' })}>{t('app.title')}</a>
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        <nav aria-label="Main">
          <a href={formatRoute({ name: 'index' })} aria-current={route.name === 'index' ? 'page' : undefined}>
            {t('nav.lessons')}
          </a>
          <a
            href={formatRoute({ name: 'playground' })}
            aria-current={route.name === 'playground' ? 'page' : undefined}
          >
            {t('nav.playground')}
          </a>
          <a
            href={formatRoute({ name: 'scheme' })}
            aria-current={route.name === 'scheme' ? 'page' : undefined}
          >
            {t('nav.scheme')}
          </a>
          <a href={formatRoute({ name: 'live' })} aria-current={route.name === 'live' ? 'page' : undefined}>
            {t('nav.live')}
          </a>
          {availableLangs.length > 1 && (
            <label>
              {t('nav.language')}{' '}
              <select value={lang} onChange={(e) => setLang(e.target.value as typeof lang)}>
                {availableLangs.map((l) => (
                  <option key={l} value={l} lang={langTags[l]}>
                    {langNames[l]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </nav>
      </header>
      <main>
        <PanelBoundary resetKey={pageKey}>
          <Suspense fallback={<p className="muted">{t('panel.loading')}</p>}>
            <Page key={pageKey} route={route} />
          </Suspense>
        </PanelBoundary>
      </main>
    </div>
  );
}
