import { useQuery } from '@apollo/client/react';
import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import { useLocale, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { formatAmount } from '../../common/amounts';
import { numberFormat } from '../../i18n/intlFormats';
import { localeTag } from '../../i18n/locales';
import { localized } from '../../i18n/localized';
import { TagChip } from '../../tags/TagChip';
import { StatusChip } from '../StatusChip';
import { ContactActions } from './ContactActions';
import { CustomerHeaderQuery } from './documents';

/** Tags shown in the header; the card's first tab lists and edits all of them. */
const HEADER_TAGS = 5;

/**
 * Above the card's tabs, whichever tab is open: who the customer is (name, number), their state and
 * verification, tier, balances, category, tags and how to reach them.
 */
export function CustomerHeader() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { permissions } = usePermissions<string[]>();
  const withLoyalty = Boolean(permissions?.includes('loyalty.read'));
  const { data } = useQuery(CustomerHeaderQuery, {
    variables: { id: String(record?.id ?? ''), withLoyalty },
    skip: !record?.id,
    fetchPolicy: 'cache-and-network',
  });
  if (!record) return null;
  const tier = data?.customer.tier?.tier;
  const balances = [...(data?.customer.balances ?? [])].sort(
    (a, b) => a.currency.position - b.currency.position,
  );
  const verification = data?.customer.verification.status;
  const category = record.category as { name: string; color: string } | null | undefined;
  const tags = (record.tags ?? []) as { id: string; name: string; color: string }[];
  return (
    <Box sx={{ px: 2, pt: 2, pb: 1 }} data-testid="customer-header">
      <Stack direction="row" alignItems="center" gap={1.5} flexWrap="wrap">
        <Typography variant="h5" component="h1" fontWeight={600} dir="auto" data-testid="customer-name">
          {String(record.displayName ?? '')}
        </Typography>
        {typeof record.customerNumber === 'number' && (
          <Typography variant="h6" component="span" color="text.secondary" data-testid="header-number">
            #{numberFormat(localeTag(locale), { useGrouping: false }).format(record.customerNumber)}
          </Typography>
        )}
        <StatusChip status={record.status} />
        {verification && (
          <Chip
            size="small"
            variant="outlined"
            color={
              verification === 'VERIFIED' ? 'success' : verification === 'UNCONFIRMED' ? 'warning' : 'default'
            }
            label={translate(`patron.consents.verificationStatus.${verification}`)}
            data-testid="header-verification"
          />
        )}
        {tier && (
          <Chip
            size="small"
            variant="outlined"
            color="secondary"
            label={`${translate('patron.card.tier')}: ${localized(tier.name, locale, tier.key)}`}
            data-testid="header-tier"
          />
        )}
        <Box sx={{ flex: 1 }} />
        <ContactActions />
      </Stack>
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" sx={{ mt: 1 }}>
        {balances.map((b) => (
          <Typography
            key={b.currency.key}
            variant="body2"
            component="span"
            data-testid="header-balance"
            data-currency={b.currency.key}
          >
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {localized(b.currency.name, locale, b.currency.key)}:
            </Box>{' '}
            <b>{formatAmount(b.amount, b.currency.decimals, locale)}</b>
          </Typography>
        ))}
        {balances.length > 0 && (tags.length > 0 || category) && <Divider orientation="vertical" flexItem />}
        {category && <TagChip name={category.name} color={category.color} data-testid="header-category" />}
        {tags.slice(0, HEADER_TAGS).map((t) => (
          <TagChip key={t.id} name={t.name} color={t.color} data-testid="header-tag" />
        ))}
        {tags.length > HEADER_TAGS && <Chip size="small" label={`+${tags.length - HEADER_TAGS}`} />}
      </Stack>
    </Box>
  );
}
