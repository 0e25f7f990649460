import { useLocale, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { type LocalizedText, localized } from '../i18n/localized';

/** The record's name in the screen's language; its key (for machines) only if it has none. */
export function useRecordName(field = 'name'): string {
  const record = useRecordContext();
  const locale = useLocale();
  return record ? localized(record[field] as LocalizedText, locale, String(record.key)) : '';
}

/**
 * An edit page's title by the record's name in the screen's language (Валюта «Баллы»: изменение),
 * not its key (coins); `field` holds the name (`name`, an attribute's `label`).
 */
export function LocalizedEditTitle({ field = 'name' }: { field?: string }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const name = useRecordName(field);
  if (!record) return null;
  return (
    <>
      {translate('ra.page.edit', {
        name: translate(`resources.${resource}.name`, { smart_count: 1 }),
        recordRepresentation: name,
      })}
    </>
  );
}
