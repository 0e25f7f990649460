import { useLocale, useTranslate } from 'react-admin';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCustomerFields } from '../customer-search/fields/useCustomerFields';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';
import { useTags } from '../tags/useTags';
import { useTemplates } from './useTemplates';

type Params = Record<string, unknown> | null | undefined;
type Named = readonly { id: string; name: string }[];

/**
 * Triggers and actions in words: "Points expiring soon · within 7 days · Coins", "Add a tag · VIP",
 * "Send a message · Email · Birthday greeting".
 */
export function useSummaries() {
  const translate = useTranslate();
  const locale = useLocale();
  const { name } = useCurrencies();
  const { byKey, label } = useCustomerFields();
  const { tags } = useTags();
  const { templates } = useTemplates();
  const number = numberFormat(localeTag(locale));
  const days = (n: unknown) =>
    translate('patron.automations.summary.days', { smart_count: Number(n), count: number.format(Number(n)) });
  const tier = (key: string) =>
    localized(byKey.get('tier')?.choices?.find((c) => c.value === key)?.label, locale, key);
  const details = (p: Params, kind: string, named: Named = []): string[] => {
    const out: string[] = [];
    if (!p) return out;
    if (p.days != null)
      out.push(
        translate(`patron.automations.summary.${kind === 'POINTS_EXPIRING' ? 'within' : 'after'}`, {
          days: days(p.days),
        }),
      );
    if (typeof p.amount === 'number') out.push(number.format(p.amount));
    if (typeof p.currency === 'string') out.push(name(p.currency));
    if (p.expiresInDays != null)
      out.push(translate('patron.automations.summary.after', { days: days(p.expiresInDays) }));
    if (typeof p.tier === 'string') out.push(tier(p.tier));
    if (typeof p.attribute === 'string') out.push(label(p.attribute));
    if (typeof p.tagId === 'string') out.push(tags.find((t) => t.id === p.tagId)?.name ?? '');
    if (typeof p.channel === 'string')
      out.push(translate(`patron.automations.channels.${p.channel}`, { _: p.channel }));
    // A run keeps the template's name; the automation names it by id, with its templates' names.
    if (typeof p.template === 'string') out.push(p.template);
    else if (typeof p.templateId === 'string')
      out.push(
        (named.find((t) => t.id === p.templateId) ?? templates.find((t) => t.id === p.templateId))?.name ??
          '',
      );
    return out.filter(Boolean);
  };
  return {
    trigger: (t: { kind: string; params?: unknown }) =>
      [translate(`patron.automations.triggers.${t.kind}`), ...details(t.params as Params, t.kind)].join(
        translate('patron.separator'),
      ),
    action: (a: { kind: string; params?: unknown }, named?: Named) =>
      [translate(`patron.automations.kinds.${a.kind}`), ...details(a.params as Params, a.kind, named)].join(
        translate('patron.separator'),
      ),
  };
}
