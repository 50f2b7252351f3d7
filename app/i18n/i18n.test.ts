import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { allSteps } from '../../engine';
import { startupSteps } from '../../engine/flow/startup_steps';
import { getLang, loadLang, localized, setLang, stepLabel, t } from './index';
import { stepLabelsZh } from './stepLabels.zh';

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('player.position', { n: 3, total: 40 })).toBe('Step 3 / 40');
    expect(t('nav.notFound')).toBe('There is nothing at {hash}.');
  });

  it('uses the Chinese strings in zh and fills their placeholders', async () => {
    await setLang('zh');
    expect(getLang()).toBe('zh');
    expect(t('action.next')).toBe(zh['action.next']);
    expect(t('action.next')).not.toBe(en['action.next']);
    expect(t('player.position', { n: 3, total: 40 })).toBe('步骤 3 / 40');
    expect(localized({ en: 'Create', zh: '创建' })).toBe('创建');
    expect(localized({ en: 'Create' })).toBe('Create');
    await setLang('en');
    expect(localized({ en: 'Create', zh: '创建' })).toBe('Create');
  });
});

describe('every UI string in both languages', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has a Chinese string with the same placeholders for every English key, and no other key', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const problems = (Object.keys(en) as (keyof typeof en)[]).flatMap((key) => {
      const out: string[] = [];
      if (JSON.stringify(placeholders(zh[key])) !== JSON.stringify(placeholders(en[key])))
        out.push(
          `${key}: placeholders ${placeholders(zh[key]).join(',')} vs ${placeholders(en[key]).join(',')}`,
        );
      // a string with English words must read as Chinese (names such as Kubewalk or Content-Type excepted)
      if (/[a-z]{3,} [a-z]{2,}/i.test(en[key]) && !/\p{Script=Han}/u.test(zh[key]))
        out.push(`${key}: not translated`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('labels every step of the flow in Chinese', async () => {
    await loadLang('zh');
    const ids = [...new Set([...allSteps, ...startupSteps].map((s) => s.id))].sort();
    expect(Object.keys(stepLabelsZh).sort()).toEqual(ids);
    expect(stepLabel({ id: 'filter.auditInit', label: 'Audit ID' }, 'zh')).toBe(
      stepLabelsZh['filter.auditInit'],
    );
    expect(stepLabel({ id: 'filter.auditInit', label: 'Audit ID' }, 'en')).toBe('Audit ID');
  });
});
