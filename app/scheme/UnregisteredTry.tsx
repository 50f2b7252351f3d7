// Asks the engine to convert an object of a Go type no scheme registered (a made-up package), and shows the
// scheme's own answer: `no kind is registered for the type …`.
import { useState } from 'react';
import type { ConversionResult } from '../../engine';
import { t } from '../i18n';
import { ConversionError } from './ConversionRun';
import { isGoIdentifier } from './filter';
import type { SchemeExplorer } from './loadScheme';

/** A package no scheme registers anything from. */
export const unregisteredPkg = 'example.com/unregistered/v1';

interface Props {
  explorer: SchemeExplorer;
  /** the Go type's name; only a Go identifier is offered */
  name: string;
  /** the version to convert to (the error comes first, at the internal version) */
  target?: { group: string; version: string };
  /** worded for the search's "no match" case */
  fromSearch?: boolean;
}

export function UnregisteredTry({
  explorer,
  name,
  target = { group: '', version: 'v1' },
  fromSearch,
}: Props) {
  const [shown, setShown] = useState<{ name: string; result: ConversionResult } | null>(null);
  if (!isGoIdentifier(name)) return null;
  const type = { pkg: unregisteredPkg, name };
  const result = shown?.name === name ? shown.result : null;
  const targetGV = target.group ? `${target.group}/${target.version}` : target.version;
  return (
    <div className="scheme-unregistered" data-testid="scheme-unregistered">
      <button type="button" onClick={() => setShown({ name, result: explorer.convertType(type, target) })}>
        {fromSearch ? t('scheme.askUnregistered', { name }) : t('scheme.tryUnregistered')}
      </button>
      {result && (
        <>
          <p className="muted">{t('scheme.unregisteredHint', { type: `${type.pkg}.${type.name}` })}</p>
          {result.error && <ConversionError error={result.error} targetGV={targetGV} />}
        </>
      )}
    </div>
  );
}
