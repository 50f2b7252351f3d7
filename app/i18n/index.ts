// A small i18n layer: t('key', { name }) looks the key up in the current language and falls back to English.
// Lesson text is localized by the lesson itself (`Localized`); `localized()` picks the current language.
import { useSyncExternalStore } from 'react';
import type { Lang, Localized } from '../../lessons/types';
import { en, type MessageKey, type Messages } from './en';
import { stepLabelsZh } from './stepLabels.zh';
import { zh } from './zh';

export type { MessageKey } from './en';

const catalogs: Record<Lang, Partial<Messages>> = { en, zh };
/** The languages the UI has strings for. */
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

const stepLabels: Partial<Record<Lang, Readonly<Record<string, string>>>> = { zh: stepLabelsZh };

/** A flow step's label in the current language (the engine's catalog has the English one). */
export function stepLabel(step: { id: string; label: string }, lang: Lang = current): string {
  return stepLabels[lang]?.[step.id] ?? step.label;
}

/** How each language names itself in the language switch. */
export const langNames: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** The BCP 47 tag for the `lang` attribute (screen readers pick their voice by it). */
export const langTags: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
