import { DialogContent, Stack } from '@mui/material';
import { useRef, useState } from 'react';
import {
  Form,
  FormDataConsumer,
  required,
  SelectInput,
  useLocale,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { apollo } from '../apollo';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, formatAmount, parseAmount } from '../common/amounts';
import { endOfDay } from '../common/dayRange';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { newIdempotencyKey } from '../common/idempotencyKey';
import { placeFailure } from '../common/placeErrors';
import { localized } from '../i18n/localized';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { type Direction, DirectionInput } from './DirectionInput';
import { AdjustBalanceMutation } from './documents';
import { ReasonFields } from './ReasonFields';
import type { Balance } from './useBalances';

interface Values {
  currency: string;
  direction: Direction;
  amount: string;
  reason: string;
  comment?: string;
  expiresOn?: string | null;
}

interface Props {
  open: boolean;
  customerId: string;
  balances: readonly Balance[];
  onClose(): void;
  /** The balance changed: balances, operations and lists should be read again. */
  onDone(): void;
}

const FORM_ID = 'adjust-balance-form';
// The API names fields by its input; the expiry is picked here as a day.
const INPUT_OF_FIELD: Record<string, string> = { expiresAt: 'expiresOn' };
const INPUTS = ['currency', 'amount', 'reason', 'comment', 'expiresAt'];

/** "Balance now: 100" under the amount, for the currency picked. */
function CurrentBalance({ balances, currency }: { balances: readonly Balance[]; currency: unknown }) {
  const translate = useTranslate();
  const locale = useLocale();
  const balance = balances.find((b) => b.currency.key === currency);
  if (!balance) return null;
  return (
    <span data-testid="adjust-current-balance">
      {translate('patron.loyalty.currentBalance', {
        amount: formatAmount(balance.amount, balance.currency.decimals, locale),
      })}
    </span>
  );
}

/** The form; mounted each time the dialog opens, so every opening has its own idempotency key. */
function AdjustBalanceForm({ customerId, balances, onClose, onDone }: Omit<Props, 'open'>) {
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  // A retry of the same submission (a lost answer, a refusal corrected) reuses it: never applied twice.
  const key = useRef(newIdempotencyKey());
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);
  const decimalsOf = (currency: unknown) =>
    balances.find((b) => b.currency.key === currency)?.currency.decimals ?? 0;
  const validAmount: Validator = (value, all) =>
    value ? (amountProblem(String(value), decimalsOf(all.currency), locale) ?? undefined) : undefined;

  const submit = async (raw: Record<string, unknown>) => {
    const values = raw as unknown as Values;
    const amount = parseAmount(values.amount, locale)?.value ?? 0;
    const adding = values.direction !== 'subtract';
    setSaving(true);
    setGeneral([]);
    try {
      await apollo.mutate({
        mutation: AdjustBalanceMutation,
        variables: {
          input: {
            customerId,
            currency: values.currency,
            amount: adding ? amount : -amount,
            reason: values.reason,
            comment: values.comment || null,
            expiresAt: adding && values.expiresOn ? endOfDay(values.expiresOn) : null,
            idempotencyKey: key.current,
          },
        },
      });
      notify('patron.loyalty.adjusted', { type: 'info' });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      const placed = placeFailure(error, INPUTS);
      setGeneral(placed.general);
      return Object.fromEntries(
        Object.entries(placed.fields).map(([name, message]) => [INPUT_OF_FIELD[name] ?? name, text(message)]),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      id={FORM_ID}
      onSubmit={submit}
      record={{
        currency: (balances.find((b) => b.currency.spendable) ?? balances[0])?.currency.key ?? '',
        direction: 'add',
      }}
      noValidate
    >
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          <SelectInput
            source="currency"
            label="patron.loyalty.currency"
            validate={required()}
            choices={balances.map((b) => ({
              id: b.currency.key,
              name: localized(b.currency.name, locale, b.currency.key),
            }))}
            helperText={false}
          />
          <DirectionInput />
          <AmountInput
            source="amount"
            label="patron.loyalty.amount"
            validate={[required(), validAmount]}
            helperText={
              <FormDataConsumer>
                {({ formData }) => <CurrentBalance balances={balances} currency={formData.currency} />}
              </FormDataConsumer>
            }
            slotProps={{ htmlInput: { 'data-testid': 'adjust-amount' } }}
          />
          <ReasonFields testIdPrefix="adjust" />
          <GeneralErrors messages={general} testId="adjust" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="adjust"
        submitLabel="patron.loyalty.apply"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** Add to or subtract from one customer's balance, with a reason the customer sees. */
export function AdjustBalanceDialog({ open, ...props }: Props) {
  return (
    <FormDialog open={open} title="patron.loyalty.adjustTitle" testId="adjust" onClose={props.onClose}>
      <AdjustBalanceForm {...props} />
    </FormDialog>
  );
}
