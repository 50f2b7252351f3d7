import { describe, expect, it } from 'vitest';
import { en } from './en';
import { getLang, localized, setLang, t } from './index';

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('player.position', { n: 3, total: 40 })).toBe('Step 3 / 40');
    expect(t('nav.notFound')).toBe('There is nothing at {hash}.');
  });

  it('falls back to English for a language without strings', () => {
    setLang('zh');
    expect(getLang()).toBe('zh');
    expect(t('action.next')).toBe(en['action.next']);
    expect(localized({ en: 'Create', zh: '创建' })).toBe('创建');
    expect(localized({ en: 'Create' })).toBe('Create');
    setLang('en');
    expect(localized({ en: 'Create', zh: '创建' })).toBe('Create');
  });
});
