import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { ApplyingStep } from '../balance-batches/ApplyingStep';
import type { Batch, ProblemLine } from '../balance-batches/batchSummary';
import { PreviewBalanceBatchMutation } from '../balance-batches/documents';
import { PreviewStep } from '../balance-batches/PreviewStep';
import { ResultStep } from '../balance-batches/ResultStep';
import { FIRST_PROBLEMS } from '../balance-batches/SourceStep';
import { parseAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCurrencies } from '../currencies/useCurrencies';
import type { CustomerSelection } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';

type Stage =
  | { step: 'form' }
  | { step: 'preview'; batch: Batch; lines: ProblemLine[] }
  | { step: 'applying'; batch: Batch }
  | { step: 'result'; batch: Batch };

interface Props {
  open: boolean;
  selection: CustomerSelection;
  count: number;
  onClose(): void;
}

/**
 * "Adjust balance" for the ticked customers: one amount, currency and reason, made into a balance
 * batch for the selection; the batch's preview, confirmation and progress are the batch wizard's.
 */
export function BulkBalanceDialog({ open, selection, count, onClose }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const refused = useNotifyRefusal();
  const { currencies } = useCurrencies();
  const [stage, setStage] = useState<Stage>({ step: 'form' });
  const [currency, setCurrency] = useState('');
  const [direction, setDirection] = useState<'add' | 'subtract'>('add');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setStage({ step: 'form' });
    setAmount('');
    setReason('');
  }, [open]);
  useEffect(() => {
    const first = currencies.find((c) => c.spendable) ?? currencies[0];
    if (!currency && first) setCurrency(first.key);
  }, [currency, currencies]);

  const typed = parseAmount(amount, locale)?.value;
  const preview = async () => {
    if (typed === undefined) return;
    setBusy(true);
    try {
      const { data } = await apollo.mutate({
        mutation: PreviewBalanceBatchMutation,
        variables: {
          input: { currency, selection, amount: direction === 'add' ? typed : -typed, reason },
          first: FIRST_PROBLEMS,
        },
      });
      if (!data) throw new Error('ra.notification.http_error');
      const { problems, ...batch } = data.previewBalanceBatch;
      setStage({ step: 'preview', batch, lines: problems });
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };

  let content: ReactNode;
  if (stage.step === 'preview') {
    content = (
      <PreviewStep
        batch={stage.batch}
        lines={stage.lines}
        onBack={() => setStage({ step: 'form' })}
        onConfirmed={(batch) => setStage({ step: 'applying', batch })}
      />
    );
  } else if (stage.step === 'applying') {
    content = <ApplyingStep batch={stage.batch} onDone={(batch) => setStage({ step: 'result', batch })} />;
  } else if (stage.step === 'result') {
    content = <ResultStep batch={stage.batch} onAnother={() => setStage({ step: 'form' })} />;
  } else {
    content = (
      <Stack gap={2} sx={{ pt: 1 }}>
        <TextField
          select
          size="small"
          label={translate('patron.loyalty.currency')}
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
          data-testid="bulk-balance-currency"
        >
          {currencies.map((c) => (
            <MenuItem key={c.key} value={c.key}>
              {localized(c.name, locale, c.key)}
            </MenuItem>
          ))}
        </TextField>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={direction}
          onChange={(_, d) => d && setDirection(d)}
          aria-label={translate('patron.loyalty.direction')}
        >
          <ToggleButton value="add">{translate('patron.loyalty.add')}</ToggleButton>
          <ToggleButton value="subtract">{translate('patron.loyalty.subtract')}</ToggleButton>
        </ToggleButtonGroup>
        <TextField
          size="small"
          label={translate('patron.loyalty.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={amount !== '' && typed === undefined}
          inputProps={{ inputMode: 'decimal', 'data-testid': 'bulk-balance-amount' }}
        />
        <TextField
          size="small"
          label={translate('patron.loyalty.reason')}
          helperText={translate('patron.loyalty.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          inputProps={{ 'data-testid': 'bulk-balance-reason' }}
        />
      </Stack>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'data-testid': 'bulk-balance-dialog' } as object }}
    >
      <DialogTitle>
        {translate('patron.bulkBalance.title', {
          smart_count: count,
          count: numberFormat(localeTag(locale)).format(count),
        })}
      </DialogTitle>
      <DialogContent>{content}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {translate(stage.step === 'form' ? 'ra.action.cancel' : 'ra.action.close')}
        </Button>
        {stage.step === 'form' && (
          <Button
            variant="contained"
            disabled={busy || !currency || typed === undefined || typed <= 0}
            onClick={() => void preview()}
            data-testid="bulk-balance-preview"
          >
            {translate('patron.bulkBalance.preview')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
