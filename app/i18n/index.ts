// A small i18n layer: t('key', { name }) looks the key up in the current language and falls back to English.
// Lesson text is localized by the lesson itself (`Localized`); `localized()` picks the current language.
// English is built in; another language's strings are loaded when it is chosen (loadLang before the first
// render when it was remembered, so the page never flashes English).
import { useSyncExternalStore } from 'react';
import type { Lang, Localized } from '../../lessons/types';
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey } from './en';

interface Catalog {
  messages: Partial<Messages>;
  stepLabels: Readonly<Record<string, string>>;
}

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Catalog>> = {
  zh: () => import('./zhCatalog').then((m) => m.zhCatalog),
};
const catalogs: Partial<Record<Lang, Catalog>> = { en: { messages: en, stepLabels: {} } };

/** The languages the UI has strings for. */
export const availableLangs: Lang[] = ['en', ...(Object.keys(loaders) as Lang[])];

/** Loads a language's strings (once); a failed load leaves English in place. */
export async function loadLang(lang: Lang): Promise<void> {
  if (catalogs[lang] || lang === 'en') return;
  catalogs[lang] = await loaders[lang]();
}

const storageKey = 'kubewalk.lang';
let current: Lang = readStoredLang();
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(storageKey);
    return v === 'en' || v === 'zh' ? v : 'en';
  } catch {
    return 'en';
  }
}

export function getLang(): Lang {
  return current;
}

/**
 * Switches the language once its strings are loaded, and remembers the choice. If they cannot be loaded
 * (offline, a stale deployment), the page stays as it is; the next load tries again.
 */
export async function setLang(lang: Lang): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  try {
    await loadLang(lang);
  } catch {
    return;
  }
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l();
}

/** The UI string for key in the current language, with `{name}` placeholders filled from params. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[current]?.messages[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Lesson text in the current language, falling back to English. */
export function localized(text: Localized, lang: Lang = current): string {
  return text[lang] ?? text.en;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The current language; components using it re-render when it changes. */
export function useLang(): [Lang, (lang: Lang) => Promise<void>] {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return [lang, setLang];
}

/** A flow step's label in the current language (the engine's catalog has the English one). */
export function stepLabel(step: { id: string; label: string }, lang: Lang = current): string {
  return catalogs[lang]?.stepLabels[step.id] ?? step.label;
}

/** How each language names itself in the language switch. */
export const langNames: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** The BCP 47 tag for the `lang` attribute (screen readers pick their voice by it). */
export const langTags: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
