import { Box, Button, MenuItem, type SelectProps, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { CalendarDatePicker } from '../preferences/CalendarDatePicker';
import { useCalendar } from '../preferences/useCalendar';
import { HISTORY_TYPES } from './describeEvent';
import { HistoryEventCard } from './HistoryEventCard';
import { type HistoryFilter, useCustomerHistory } from './useCustomerHistory';
import { useHistoryWords } from './useHistoryWords';

const NO_FILTER: HistoryFilter = { type: '', fromDay: null, toDay: null };

/** The customer's timeline tab: newest first, filterable by type and period, loaded a page at a time. */
export function CustomerHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { format } = useCalendar();
  const words = useHistoryWords();
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const customerId = record ? String(record.id) : '';
  const history = useCustomerHistory(customerId || undefined, filter, record?.updatedAt);
  const types = [...HISTORY_TYPES].sort((a, b) =>
    translate(`patron.history.types.${a}`).localeCompare(translate(`patron.history.types.${b}`)),
  );

  return (
    <Box sx={{ maxWidth: 820 }} data-testid="customer-history">
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="flex-start" sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          variant="outlined"
          label={translate('patron.history.type')}
          value={filter.type}
          onChange={(e) => setFilter({ ...filter, type: e.target.value as HistoryFilter['type'] })}
          sx={{ width: 260 }}
          slotProps={{
            inputLabel: { shrink: true },
            select: { displayEmpty: true, 'data-testid': 'history-type-filter' } as Partial<SelectProps>,
          }}
        >
          <MenuItem value="" data-testid="history-type-all">
            {translate('patron.history.allTypes')}
          </MenuItem>
          {types.map((t) => (
            <MenuItem key={t} value={t} data-testid={`history-type-${t}`}>
              {translate(`patron.history.types.${t}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack sx={{ width: 190 }}>
          <CalendarDatePicker
            label={translate('patron.history.from')}
            variant="outlined"
            value={filter.fromDay}
            onChange={(fromDay) => setFilter({ ...filter, fromDay })}
            testId="history-from"
          />
        </Stack>
        <Stack sx={{ width: 190 }}>
          <CalendarDatePicker
            label={translate('patron.history.to')}
            variant="outlined"
            value={filter.toDay}
            onChange={(toDay) => setFilter({ ...filter, toDay })}
            testId="history-to"
          />
        </Stack>
        {(filter.fromDay || filter.toDay) && (
          <Button onClick={() => setFilter({ ...filter, fromDay: null, toDay: null })} sx={{ mt: 0.5 }}>
            {translate('patron.history.clearPeriod')}
          </Button>
        )}
      </Stack>
      {history.failed && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
      {!history.loading && !history.failed && history.events.length === 0 && (
        <Typography color="text.secondary" data-testid="history-empty">
          {translate('patron.history.empty')}
        </Typography>
      )}
      <Stack spacing={1.5}>
        {history.events.map((event) => (
          <HistoryEventCard
            key={event.id}
            event={event}
            customerId={customerId}
            words={words}
            formatTime={(value) => format(value, true)}
          />
        ))}
      </Stack>
      {history.hasMore && (
        <Button
          sx={{ mt: 2 }}
          variant="outlined"
          disabled={history.loading}
          onClick={() => void history.loadMore()}
          data-testid="history-load-more"
        >
          {translate('patron.history.loadMore')}
        </Button>
      )}
    </Box>
  );
}
