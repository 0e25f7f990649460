import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { IconButton, Stack, Typography } from '@mui/material';
import { useListContext, useLocale, useTranslate } from 'react-admin';
import { localeTag } from './attribute-value';

/** Previous / next only: the API pages by cursor, so there is no jumping to page 57. */
export function CursorPagination() {
  const { page, perPage, total, setPage, isPending } = useListContext();
  const translate = useTranslate();
  const locale = useLocale();
  const rtl = locale === 'fa';
  if (isPending) return null;
  const count = total ?? 0;
  const n = (v: number) => new Intl.NumberFormat(localeTag(locale)).format(v);
  const from = count === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(page * perPage, count);
  return (
    <Stack direction="row" alignItems="center" justifyContent="flex-end" spacing={1} sx={{ p: 1 }}>
      <Typography variant="body2" data-testid="pagination-range">
        {count === 0
          ? translate('patron.pagination.none')
          : translate('patron.pagination.range', { from: n(from), to: n(to), total: n(count) })}
      </Typography>
      <IconButton
        aria-label={translate('patron.pagination.previous')}
        disabled={page <= 1}
        onClick={() => setPage(page - 1)}
      >
        {rtl ? <ChevronRight /> : <ChevronLeft />}
      </IconButton>
      <IconButton
        aria-label={translate('patron.pagination.next')}
        disabled={to >= count}
        onClick={() => setPage(page + 1)}
      >
        {rtl ? <ChevronLeft /> : <ChevronRight />}
      </IconButton>
    </Stack>
  );
}
