import { useQuery } from '@apollo/client/react';
import { useLocale, usePermissions, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { formatAmount, formatMoney } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';
import { formatAttributeValue } from '../customers/formatAttributeValue';
import { isRtl } from '../i18n/locales';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { TiersQuery } from '../tiers/documents';
import type { Words } from './describeEvent';

/** Unicode's first-strong isolate: the text inside is laid out in its own direction. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Keys that are not attributes but the card's own fields. */
const OWN_FIELDS: Record<string, string> = { status: 'patron.status.label', tags: 'patron.tags.label' };

/** The names the history templates need, in the reader's language: attributes, currencies, tiers. */
export function useHistoryWords(): Words {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  // Retired attributes still name old changes.
  const { definitions } = useAttributeRegistry({ includeRetired: true });
  const currencies = useCurrencies();
  const { data: tiers } = useQuery(TiersQuery, {
    fetchPolicy: 'cache-first',
    skip: !permissions?.includes('loyalty.read'),
  });
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const t = (key: string, params?: Record<string, unknown>) => translate(key, params);
  return {
    t,
    fieldLabel: (key) =>
      byKey.has(key) || !OWN_FIELDS[key]
        ? localized(byKey.get(key)?.label, locale, key)
        : translate(OWN_FIELDS[key] as string),
    fieldValue: (key, value) => {
      if (key === 'status' && typeof value === 'string')
        return translate(`patron.status.${value}`, { _: value });
      const text = formatAttributeValue(byKey.get(key), value, { locale, formatDate: format, translate });
      // Isolated in right-to-left text, so a phone number or a Latin name keeps its own direction.
      return isRtl(locale) ? isolate(text) : text;
    },
    currency: currencies.name,
    amount: (value, key) => formatAmount(value, currencies.byKey.get(key)?.decimals ?? 0, locale),
    money: (value) => formatMoney(value, locale),
    tier: (key) => {
      if (key == null) return { name: translate('patron.history.say.noTier'), id: null };
      const tier = tiers?.tiers.find((x) => x.key === key);
      return { name: tier ? localized(tier.name, locale, key) : key, id: tier?.id ?? null };
    },
    list: (names) => names.join(translate('patron.comma')),
    localized: (text, fallback) =>
      localized(
        text && typeof text === 'object' ? (text as Parameters<typeof localized>[0]) : undefined,
        locale,
        fallback,
      ),
  };
}
