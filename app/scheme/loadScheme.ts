// The scheme explorer's engine: loaded on demand (a dynamic import, so the first screen stays light), with the
// scheme of one server chain described once and kept for the page's life.
import type { ConversionResult, GoTypeRef, SchemeDescription } from '../../engine';

export interface GVK {
  group: string;
  version: string;
  kind: string;
}

export interface SchemeExplorer {
  description: SchemeDescription;
  /** the engine's sample conversion of a kind: New, Default, to the internal version, to `toVersion` */
  convert(from: GVK, toVersion: string, fields: Record<string, unknown>): ConversionResult;
  /** the same path for an object of any Go type (an unregistered one fails with the scheme's error) */
  convertType(type: GoTypeRef, to: { group: string; version: string }): ConversionResult;
}

let cached: Promise<SchemeExplorer> | null = null;
let loaded: SchemeExplorer | null = null;

export function loadScheme(): Promise<SchemeExplorer> {
  if (!cached) {
    const p = import('../../engine').then((engine): SchemeExplorer => {
      const { scheme } = engine.createServerChain({});
      const explorer: SchemeExplorer = {
        description: engine.describeScheme(scheme),
        convert: (from, toVersion, fields) =>
          engine.convertSample(scheme, from, { group: from.group, version: toVersion }, fields),
        convertType: (type, to) => engine.convertSampleOfType(scheme, type, to),
      };
      loaded = explorer;
      return explorer;
    });
    p.catch(() => {
      if (cached === p) cached = null;
    });
    cached = p;
  }
  return cached;
}

/** The explorer if it has already loaded (for rendering without waiting), else null. */
export const loadedScheme = (): SchemeExplorer | null => loaded;
