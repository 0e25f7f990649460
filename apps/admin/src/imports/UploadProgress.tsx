import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

const MB = 1024 * 1024;

interface Props {
  sent: number;
  total: number;
  onStop(): void;
}

/** How much of the chosen file has gone to the server, in the staff member's digits, and a way to stop. */
export function UploadProgress({ sent, total, onStop }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const share = total > 0 ? Math.min(sent / total, 1) : 0;
  const megabytes = (bytes: number) => formatAmount(Math.round((bytes / MB) * 10) / 10, 1, locale);
  return (
    <Box data-testid="import-upload-progress" data-sent={sent} data-total={total}>
      <LinearProgress variant="determinate" value={share * 100} />
      <Stack direction="row" alignItems="center" justifyContent="space-between" gap={1}>
        <Typography variant="caption" color="text.secondary" data-testid="import-upload-progress-text">
          {translate('patron.imports.upload.sending', {
            sent: megabytes(sent),
            total: megabytes(total),
            percent: numberFormat(localeTag(locale), { style: 'percent' }).format(
              Math.floor(share * 100) / 100,
            ),
          })}
        </Typography>
        <Button size="small" onClick={onStop} data-testid="import-upload-stop">
          {translate('patron.imports.upload.stop')}
        </Button>
      </Stack>
    </Box>
  );
}
