// A small i18n layer: t('key', { name }) looks the key up in the current language and falls back to English.
// Lesson text is localized by the lesson itself (`Localized`); `localized()` picks the current language.
import { useSyncExternalStore } from 'react';
import type { Lang, Localized } from '../../lessons/types';
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey } from './en';

const catalogs: Partial<Record<Lang, Partial<Messages>>> = { en };
/** The languages the UI has strings for (zh arrives in a later issue). */
export const availableLangs = Object.keys(catalogs) as Lang[];

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

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(storageKey, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  for (const l of listeners) l();
}

/** The UI string for key in the current language, with `{name}` placeholders filled from params. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[current]?.[key] ?? en[key];
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
export function useLang(): [Lang, (lang: Lang) => void] {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return [lang, setLang];
}
