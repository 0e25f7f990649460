import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import type { AudienceCount as Count } from './useAudienceCount';

/** "In the audience: 120 · Will receive it: 97", then who is left out and why. */
export function AudienceCount({ count, counting }: { count: Count | undefined; counting: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const n = (v: number) => numberFormat(localeTag(locale)).format(v);
  if (!count)
    return (
      <Typography variant="body2" color="text.secondary" aria-live="polite" data-testid="audience-count">
        {counting ? translate('patron.mailings.counting') : ''}
      </Typography>
    );
  const excluded = count.excluded.filter((e) => e.count > 0);
  return (
    <Box
      aria-live="polite"
      data-testid="audience-count"
      data-total={count.total}
      data-reachable={count.reachable}
    >
      <Stack direction="row" gap={2} flexWrap="wrap">
        <Typography variant="body2">
          {translate('patron.mailings.total', { count: n(count.total) })}
        </Typography>
        <Typography variant="body2" fontWeight="bold" data-testid="audience-reachable">
          {translate('patron.mailings.reachable', { count: n(count.reachable) })}
        </Typography>
      </Stack>
      {excluded.length > 0 && (
        <Stack direction="row" gap={1} flexWrap="wrap" alignItems="center" sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('patron.mailings.excludedTitle')}:
          </Typography>
          {excluded.map((e) => (
            <Chip
              key={e.reason}
              size="small"
              variant="outlined"
              data-testid={`excluded-${e.reason}`}
              label={`${translate(`patron.mailings.reasons.${e.reason}`)}: ${n(e.count)}`}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}
