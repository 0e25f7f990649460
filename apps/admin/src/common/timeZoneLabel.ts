import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/**
 * A time zone as people know it in their language, with its IANA name for the exact choice:
 * "وقت عادی مسکو (Europe/Moscow)", "Iran Standard Time (Asia/Tehran)". The IANA name alone read as
 * English in every language.
 */
export function timeZoneLabel(zone: string, locale: string): string {
  const iana = zone.replace(/_/g, ' ');
  try {
    const name = dateTimeFormat(localeTag(locale), { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && zone !== 'UTC' ? `${name} (${iana})` : iana;
  } catch {
    return iana;
  }
}
