import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { AuditEventType } from '../gql/graphql';
import { CATALOGS } from '../i18n/catalogs';
import { LOCALES, type UiLocale } from '../i18n/locales';
import { en } from './messages';
import { fa } from './messages.fa';
import { ru } from './messages.ru';

/** This screen's own texts per language (no English underneath), to tell a translation from a fallback. */
const OWN: Record<UiLocale, Record<string, string>> = {
  en: en.patron.audit.types,
  ru: ru.patron.audit.types,
  fa: fa.patron.audit.types,
};
/** The language's own script: a Russian or Persian text left in English (or in Latin letters) is not one. */
const SCRIPT: Record<UiLocale, RegExp> = { en: /[A-Za-z]/, ru: /[\u0400-\u04FF]/, fa: /[\u0600-\u06FF]/ };
const declared = Object.values(AuditEventType).sort();

describe('the audit log’s words for event types', () => {
  it.each(LOCALES)('has a text in %s for every type the modules declare, and for no other', (locale) => {
    expect(Object.keys(OWN[locale]).sort()).toEqual(declared);
    for (const type of declared) expect(OWN[locale][type], `${locale} ${type}`).toMatch(SCRIPT[locale]);
  });

  it.each(LOCALES)('shows every type in %s in words, never as its constant or a key', (locale) => {
    const provider = polyglotI18nProvider((l) => CATALOGS[l as UiLocale], locale);
    for (const type of declared) {
      const text = provider.translate(`patron.audit.types.${type}`, { _: type }) as string;
      expect(text, `${locale} ${type}`).toBe(OWN[locale][type]);
    }
  });
});
