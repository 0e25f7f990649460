import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { IconButton, Stack, Typography } from '@mui/material';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { useCustomerCount } from '../customer-search/useCustomerCount';
import { numberFormat } from '../i18n/intlFormats';
import { isRtl, localeTag } from '../i18n/locales';

/**
 * "1–25 of 2,000" with previous / next: the API pages by cursor, so there is no jumping to page 57.
 * The page knows whether another follows; the total comes from the separate count.
 */
export function CursorPagination() {
  const { page, perPage, data = [], hasNextPage, setPage, isPending } = useListContext();
  const { count } = useCustomerCount();
  const translate = useTranslate();
  const locale = useLocale();
  if (isPending) return null;
  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const from = data.length === 0 ? 0 : (page - 1) * perPage + 1;
  const to = from === 0 ? 0 : from + data.length - 1;
  // Icons point the way the reader's eye moves: mirrored in right-to-left.
  const [Back, Forward] = isRtl(locale) ? [ChevronRight, ChevronLeft] : [ChevronLeft, ChevronRight];
  return (
    <Stack direction="row" alignItems="center" justifyContent="flex-end" spacing={1} sx={{ p: 1 }}>
      <Typography variant="body2" data-testid="pagination-range">
        {to === 0
          ? translate('patron.pagination.none')
          : count === undefined
            ? translate('patron.pagination.rangeOnly', { from: number(from), to: number(to) })
            : translate('patron.pagination.range', {
                from: number(from),
                to: number(to),
                total: number(count),
              })}
      </Typography>
      <IconButton
        aria-label={translate('patron.pagination.previous')}
        data-testid="pagination-previous"
        disabled={page <= 1}
        onClick={() => setPage(page - 1)}
      >
        <Back />
      </IconButton>
      <IconButton
        aria-label={translate('patron.pagination.next')}
        data-testid="pagination-next"
        disabled={!hasNextPage}
        onClick={() => setPage(page + 1)}
      >
        <Forward />
      </IconButton>
    </Stack>
  );
}
