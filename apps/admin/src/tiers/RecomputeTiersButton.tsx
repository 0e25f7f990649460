import Refresh from '@mui/icons-material/Refresh';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { RecomputeTiersMutation } from './documents';

/** Re-evaluates every customer now, after thresholds, positions or the policy changed. */
export function RecomputeTiersButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { data } = await apollo.mutate({ mutation: RecomputeTiersMutation });
      const result = data?.recomputeTiers;
      notify('patron.tiers.recomputed', {
        type: 'success',
        messageArgs: {
          evaluated: formatAmount(result?.evaluated ?? 0, 0, locale),
          changed: formatAmount(result?.changed ?? 0, 0, locale),
        },
      });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      startIcon={<Refresh />}
      disabled={busy}
      onClick={() => void run()}
      data-testid="tiers-recompute"
    >
      {translate('patron.tiers.recompute')}
    </Button>
  );
}
