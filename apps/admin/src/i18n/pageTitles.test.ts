import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import { LOCALES, type UiLocale } from './locales';

const translate = (locale: UiLocale, key: string, name: string) =>
  polyglotI18nProvider(() => CATALOGS[locale], locale).translate(key, { name, recordRepresentation: 'Ada' });

describe('page titles', () => {
  it('say in Russian what the page is after the resource’s name, whatever its gender', () => {
    expect(translate('ru', 'ra.page.create', 'Метка')).toBe('Метка: создание');
    expect(translate('ru', 'ra.page.edit', 'Клиент')).toBe('Клиент «Ada»: изменение');
    expect(translate('ru', 'ra.page.show', 'Клиент')).toBe('Клиент «Ada»');
  });

  it('say in Persian what the page is, the record’s name in Persian quotes', () => {
    expect(translate('fa', 'ra.page.create', 'مشتری')).toBe('ایجاد مشتری');
    expect(translate('fa', 'ra.page.edit', 'مشتری')).toBe('ویرایش مشتری «Ada»');
    expect(translate('fa', 'ra.page.show', 'مشتری')).toBe('مشتری «Ada»');
  });

  it.each(LOCALES)('never put a name in straight quotes in %s', (locale) => {
    for (const page of ['create', 'edit', 'show'])
      expect(translate(locale, `ra.page.${page}`, 'X')).not.toContain('"');
  });
});
