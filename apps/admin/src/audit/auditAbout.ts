import { numberFormat } from '../i18n/intlFormats';
import { isRtl, localeTag } from '../i18n/locales';
import { type LocalizedText, localized } from '../i18n/localized';

/** An audit event as the About column reads it. */
export interface AboutEvent {
  type: string;
  subject?: string | null;
  details?: unknown;
}

export interface AboutWords {
  translate: (key: string, options?: Record<string, unknown>) => string;
  locale: string;
  /** A role key's name in the UI language. */
  roleName: (key: unknown) => string;
}

/**
 * A value of the workspace's (a name, a role, a code) kept to its own direction, so an English role
 * name does not turn a Persian line left to right, nor a Persian one an English line.
 */
export const isolate = (text: unknown): string => `\u2068${String(text ?? '')}\u2069`;

/** Change reads from the old to the new in the reading direction: → in English and Russian, ← in Persian. */
const arrow = (locale: string) => (isRtl(locale) ? '←' : '→');

type Details = Record<string, unknown>;

/** What an event is about, in words: the names, formats and counts its details keep, rather than an id. */
export function aboutText(e: AboutEvent, { translate, locale, roleName }: AboutWords): string {
  const d = (e.details ?? {}) as Details;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`patron.audit.about.${key}`, options);
  const count = (n: unknown) => numberFormat(localeTag(locale)).format(Number(n ?? 0));
  const change = (from: string, to: string) => `${isolate(d.name)}: ${from} ${arrow(locale)} ${to}`;
  const newName = (d.name as { to?: unknown } | undefined)?.to ?? d.name;
  switch (e.type) {
    case 'STAFF_ROLE_CHANGED':
      return change(isolate(roleName(d.from)), isolate(roleName(d.to)));
    case 'STAFF_BRANCH_CHANGED':
      return change(isolate(d.from ?? '—'), isolate(d.to ?? '—'));
    case 'CUSTOMERS_EXPORTED':
      return t('export', { format: d.format ?? '', from: exportedFrom(d, t, count) });
    case 'ATTRIBUTE_VALUES_EXPORTED':
      return d.label
        ? t('valuesReport', {
            attribute: isolate(localized(d.label as LocalizedText, locale, '')),
            format: d.format,
          })
        : t('valuesReportOf', { format: d.format });
    case 'CHANNEL_TEST_SENT':
      return `${d.name ? `${isolate(d.name)}: ` : ''}${t(d.ok ? 'testSent' : 'testRefused')}`;
    case 'NOTE_DELETED':
      return t('noteBy', { author: isolate(d.authorName) });
    case 'CUSTOMER_ERASED':
      return t('erased', { profiles: count(d.profiles), events: count(d.historyEvents) });
    case 'JOB_CANCELLED':
    case 'JOB_RETRIED':
      return translate(`patron.jobs.names.${e.subject}`, { _: e.subject ?? '' });
    case 'WORKSPACE_SETTINGS_CHANGED':
      return Object.keys(d)
        .map((key) => t(`settings.${key}`, { _: key }))
        .join(translate('patron.comma'));
  }
  if (e.type.startsWith('BRANCH_') || e.type.startsWith('PRODUCT_')) {
    // The branch's or product's name (the new one after an edit) and its code or SKU, the subject.
    const shown = localized(newName as LocalizedText, locale, '');
    return shown ? `${isolate(shown)} (${isolate(e.subject)})` : isolate(e.subject);
  }
  if (e.type.startsWith('ROLE_'))
    return isolate(localized(newName as LocalizedText, locale, e.subject ?? ''));
  return isolate(d.name ?? d.email ?? e.subject ?? '');
}

/** Which customers an export took: the segment by its name then, the count chosen, a filter, a search or all. */
function exportedFrom(d: Details, t: AboutWords['translate'], count: (n: unknown) => string): string {
  const selection = (d.selection ?? {}) as {
    ids?: unknown[] | null;
    segmentId?: string | null;
    search?: unknown;
  };
  if (selection.segmentId)
    return d.segmentName ? t('exportSegment', { name: isolate(d.segmentName) }) : t('exportSomeSegment');
  if (selection.ids?.length) return t('exportChosen', { count: count(selection.ids.length) });
  if (selection.search) return t('exportSearch');
  if ((d.selection as { filter?: unknown } | undefined)?.filter) return t('exportFilter');
  return t('exportAll');
}
