import { Typography } from '@mui/material';
import { smsLength } from '@patron/message-text';
import { useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/**
 * The SMS's length as the provider will count it, under the text while it is typed: GSM-7 or UCS-2
 * (any Persian or Russian letter), characters, parts. Variables are counted as written; the preview
 * counts a customer's real message.
 */
export function SmsCounter({ name }: { name: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useWatch({ name }) as string | null | undefined;
  const n = smsLength(text ?? '');
  const number = (value: number) => numberFormat(localeTag(locale)).format(value);
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      data-testid="sms-counter"
      component="div"
      sx={{ mb: 1 }}
    >
      {translate('patron.templates.smsCounter', {
        encoding: translate(`patron.templates.encoding.${n.encoding}`),
        characters: number(n.characters),
        parts: number(n.parts),
        perPart: number(n.perPart),
      })}
    </Typography>
  );
}
