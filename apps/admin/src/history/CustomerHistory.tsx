import { Box, Button, MenuItem, type SelectProps, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { enumValues } from '../common/enums';
import { formatAttributeValue } from '../customers/formatAttributeValue';
import { HistoryEventType } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useBalanceChangeWording } from '../ledger/useBalanceChangeWording';
import { useCalendar } from '../preferences/useCalendar';
import { relationText } from '../relations/relationText';
import { HistoryEventCard } from './HistoryEventCard';
import { useCustomerHistory } from './useCustomerHistory';

/** The filter's event types: the customer's own life first, then loyalty. */
const TYPES = enumValues(HistoryEventType, [
  HistoryEventType.CUSTOMER_CREATED,
  HistoryEventType.CUSTOMER_UPDATED,
  HistoryEventType.CUSTOMER_ACTIVATED,
  HistoryEventType.CUSTOMER_DEACTIVATED,
  HistoryEventType.CUSTOMER_DELETED,
  HistoryEventType.CUSTOMER_TAGGED,
  HistoryEventType.BALANCE_CHANGED,
  HistoryEventType.PURCHASE_RECORDED,
  HistoryEventType.PURCHASE_RETURNED,
  HistoryEventType.TIER_CHANGED,
  HistoryEventType.GROUPS_CHANGED,
  HistoryEventType.RFM_CHANGED,
  HistoryEventType.REFERRAL_RECORDED,
  HistoryEventType.REFERRAL_CLEARED,
  HistoryEventType.RELATION_ADDED,
  HistoryEventType.RELATION_REMOVED,
  HistoryEventType.CATEGORY_CHANGED,
  HistoryEventType.CUSTOMER_PROFILE_ATTACHED,
  HistoryEventType.CUSTOMER_MERGED,
  HistoryEventType.CUSTOMER_MERGED_INTO,
  HistoryEventType.CUSTOMER_UNMERGED,
]);

/** The customer's timeline tab: newest first, filterable by event type, loaded a page at a time. */
export function CustomerHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  // Retired attributes still name old changes.
  const { definitions } = useAttributeRegistry({ includeRetired: true });
  const [type, setType] = useState<HistoryEventType | ''>('');
  const history = useCustomerHistory(record ? String(record.id) : undefined, type, record?.updatedAt);
  const balance = useBalanceChangeWording();
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  // Attributes first: an attribute may be called `operation` too.
  const fieldLabel = (key: string) =>
    (byKey.has(key) ? undefined : balance.label(key)) ??
    (key === 'status'
      ? translate('patron.status.label')
      : key === 'tags'
        ? translate('patron.tags.label')
        : key === 'relation' && !byKey.has(key)
          ? translate('patron.relations.tab')
          : key === 'category' && !byKey.has(key)
            ? translate('patron.categories.label')
            : localized(byKey.get(key)?.label, locale, key));
  const formatValue = (key: string, value: unknown) => {
    const balanceValue = byKey.has(key) ? undefined : balance.value(key, value);
    if (balanceValue !== undefined) return balanceValue;
    if (key === 'status' && value) return translate(`patron.status.${String(value)}`);
    // Tag changes are recorded as lists of tag names (names survive a tag's deletion).
    if (key === 'tags') {
      const names = Array.isArray(value) ? value.map(String) : [];
      return names.length ? names.join(locale === 'fa' ? '، ' : ', ') : translate('patron.empty');
    }
    // A relation is recorded as { label, name } of the other customer; a category by its name.
    if (key === 'relation' && !byKey.has(key))
      return relationText(value, locale) ?? translate('patron.empty');
    if (key === 'category' && !byKey.has(key)) return value ? String(value) : translate('patron.empty');
    return formatAttributeValue(byKey.get(key), value, { locale, formatDate: format, translate });
  };

  return (
    <Box sx={{ maxWidth: 820 }} data-testid="customer-history">
      <TextField
        select
        size="small"
        label={translate('patron.history.type')}
        value={type}
        onChange={(e) => setType(e.target.value as HistoryEventType | '')}
        sx={{ minWidth: 260, mb: 2 }}
        slotProps={{ select: { 'data-testid': 'history-type-filter' } as Partial<SelectProps> }}
      >
        <MenuItem value="" data-testid="history-type-all">
          {translate('patron.history.allTypes')}
        </MenuItem>
        {TYPES.map((t) => (
          <MenuItem key={t} value={t} data-testid={`history-type-${t}`}>
            {translate(`patron.history.types.${t}`)}
          </MenuItem>
        ))}
      </TextField>
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
            formatTime={(value) => format(value, true)}
            fieldLabel={fieldLabel}
            formatValue={formatValue}
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
