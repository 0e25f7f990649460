import { Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { megabytesText } from '../problems/problemText';
import { useUploadLimit } from './uploadLimit';

const MB = 1024 * 1024;

/** Next to a file picker: how large a file the server takes ("Up to 512 MB"), once that is known. */
export function UploadLimitHint({ testId }: { testId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const limit = useUploadLimit();
  if (limit === undefined) return null;
  const size = megabytesText(Math.round((limit / MB) * 10) / 10, { translate, locale });
  return (
    <Typography variant="body2" color="text.secondary" data-testid={testId} data-bytes={limit}>
      {translate('patron.files.upTo', { size })}
    </Typography>
  );
}
