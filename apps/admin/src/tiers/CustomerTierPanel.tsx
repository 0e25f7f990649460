import { useQuery } from '@apollo/client/react';
import {
  Box,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount, formatMoney } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { CustomerTierQuery, SetCustomerManualTierMutation, TiersQuery } from './documents';
import { type Measure, progressBars } from './thresholds';
import { useXpName } from './useXpName';

const NONE = '-';

/** The customer's tier, how far the next one is (a bar per threshold) and the floor staff may set. */
export function CustomerTierPanel({ customerId }: { customerId: string }) {
  const translate = useTranslate();
  const xp = useXpName();
  const locale = useLocale();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const mayAdjust = Boolean(permissions?.includes('loyalty.adjust'));
  const { data, error, refetch } = useQuery(CustomerTierQuery, {
    variables: { id: customerId },
    fetchPolicy: 'network-only',
  });
  // The tiers are only offered as a manual floor.
  const { data: all } = useQuery(TiersQuery, { fetchPolicy: 'cache-and-network', skip: !mayAdjust });
  const [saving, setSaving] = useState(false);
  const status = data?.customer.tier;
  const tiers = [...(all?.tiers ?? [])].sort((a, b) => a.position - b.position);
  const name = (t: { key: string; name: Parameters<typeof localized>[0] } | null | undefined) =>
    t ? localized(t.name, locale, t.key) : translate('patron.tiers.noTier');
  const value = (measure: Measure, n: number) =>
    measure === 'minPurchaseTotal' ? formatMoney(n, locale) : formatAmount(n, 0, locale);

  const setFloor = async (tierId: string) => {
    setSaving(true);
    try {
      await apollo.mutate({
        mutation: SetCustomerManualTierMutation,
        variables: { customerId, tierId: tierId === NONE ? null : tierId },
      });
      await refetch();
      notify('patron.tiers.floorSaved', { type: 'success' });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
    }
  };

  const bars = status ? progressBars(status.progress) : [];
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px', minWidth: 0 }} data-testid="customer-tier">
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('patron.tiers.current')}
        </Typography>
        {error && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
        {status && (
          <>
            <Typography
              variant="h5"
              component="p"
              fontWeight={600}
              data-testid="customer-tier-name"
              data-tier={status.tier?.key ?? ''}
            >
              {name(status.tier)}
            </Typography>
            {status.since && (
              <Typography variant="caption" color="text.secondary" component="p">
                {translate('patron.tiers.since', { date: format(status.since) })}
                {status.reviewAt
                  ? `${translate('patron.separator')}${translate('patron.tiers.reviewAt', { date: format(status.reviewAt) })}`
                  : ''}
              </Typography>
            )}
            <Box sx={{ mt: 1.5 }} data-testid="tier-progress">
              {status.progress.nextTier ? (
                <>
                  <Typography variant="body2" fontWeight={600}>
                    {translate('patron.tiers.towards', { tier: name(status.progress.nextTier) })}
                  </Typography>
                  {bars.map((bar) => (
                    <Box
                      key={bar.measure}
                      sx={{ mt: 1 }}
                      data-testid="tier-progress-bar"
                      data-measure={bar.measure}
                    >
                      <Stack direction="row" justifyContent="space-between" gap={1}>
                        <Typography variant="caption">
                          {translate(`patron.tiers.measure.${bar.measure}`, { xp })}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {translate('patron.tiers.ofTarget', {
                            have: value(bar.measure, bar.have),
                            target: value(bar.measure, bar.target),
                          })}
                        </Typography>
                      </Stack>
                      <LinearProgress
                        variant="determinate"
                        value={bar.percent}
                        color={bar.needed === 0 ? 'success' : 'primary'}
                        sx={{ height: 8, borderRadius: 4 }}
                        aria-label={translate(`patron.tiers.measure.${bar.measure}`, { xp })}
                      />
                      <Typography variant="caption" color="text.secondary">
                        {bar.needed === 0
                          ? translate('patron.tiers.reached')
                          : translate('patron.tiers.toGo', { value: value(bar.measure, bar.needed) })}
                      </Typography>
                    </Box>
                  ))}
                </>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {translate(status.tier ? 'patron.tiers.top' : 'patron.tiers.none')}
                </Typography>
              )}
            </Box>
            {mayAdjust && tiers.length > 0 && (
              <TextField
                select
                size="small"
                fullWidth
                sx={{ mt: 2 }}
                label={translate('patron.tiers.floor')}
                helperText={translate('patron.tiers.floorHelp')}
                value={status.manualTier?.id ?? NONE}
                disabled={saving}
                onChange={(e) => void setFloor(e.target.value)}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'tier-floor' } as object } }}
              >
                <MenuItem value={NONE} data-testid="tier-floor-none">
                  {translate('patron.tiers.noFloor')}
                </MenuItem>
                {tiers.map((t) => (
                  <MenuItem key={t.id} value={t.id} data-testid={`tier-floor-${t.key}`}>
                    {name(t)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
