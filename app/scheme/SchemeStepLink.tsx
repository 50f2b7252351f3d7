// The narration's way into the scheme explorer at a scheme step: a link to the kind of the step's object
// (found through the scheme description once the engine has described it; the explorer's front page until then).
import { useEffect, useState } from 'react';
import type { SchemeDescription } from '../../engine';
import { t } from '../i18n';
import { formatRoute } from '../routing/route';
import { loadedScheme, loadScheme } from './loadScheme';
import { locateObjectType } from './schemeData';

function useSchemeDescription(): SchemeDescription | null {
  const [description, setDescription] = useState(() => loadedScheme()?.description ?? null);
  useEffect(() => {
    if (description) return;
    let live = true;
    loadScheme().then(
      (e) => live && setDescription(e.description),
      () => {}, // no description: the link keeps pointing at the explorer's front page
    );
    return () => {
      live = false;
    };
  }, [description]);
  return description;
}

export function SchemeStepLink({ objectType, object }: { objectType: string | null; object: unknown }) {
  const description = useSchemeDescription();
  const k = description ? locateObjectType(description, objectType, object) : undefined;
  const href = k
    ? formatRoute({ name: 'scheme', group: k.group, version: k.version, kind: k.kind })
    : formatRoute({ name: 'scheme' });
  return (
    <a
      href={href}
      className="scheme-step-link"
      data-testid="scheme-step-link"
      aria-label={objectType ? t('scheme.stepLinkLabel', { type: objectType }) : undefined}
    >
      {objectType ? t('scheme.stepLink', { type: objectType }) : t('nav.scheme')}
    </a>
  );
}
