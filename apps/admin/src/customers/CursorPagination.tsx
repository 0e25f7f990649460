import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { IconButton, Stack, Typography } from '@mui/material';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { isRtl, localeTag } from '../i18n/locales';

/** "1–25 of 2,000" with previous / next: the API pages by cursor, so there is no jumping to page 57. */
export function CursorPagination() {
  const { page, perPage, total, setPage, isPending } = useListContext();
  const translate = useTranslate();
  const locale = useLocale();
  if (isPending) return null;
  const count = total ?? 0;
  const number = (n: number) => new Intl.NumberFormat(localeTag(locale)).format(n);
  const from = count === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(page * perPage, count);
  // Icons point the way the reader's eye moves: mirrored in right-to-left.
  const [Back, Forward] = isRtl(locale) ? [ChevronRight, ChevronLeft] : [ChevronLeft, ChevronRight];
  return (
    <Stack direction="row" alignItems="center" justifyContent="flex-end" spacing={1} sx={{ p: 1 }}>
      <Typography variant="body2" data-testid="pagination-range">
        {count === 0
          ? translate('patron.pagination.none')
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
        disabled={to >= count}
        onClick={() => setPage(page + 1)}
      >
        <Forward />
      </IconButton>
    </Stack>
  );
}
