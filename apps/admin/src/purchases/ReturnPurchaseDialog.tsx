import { CombinedGraphQLErrors } from '@apollo/client';
import { DialogContent, Stack } from '@mui/material';
import { useRef, useState } from 'react';
import { Form, TextInput, useLocale, useNotify, useTranslate, type Validator } from 'react-admin';
import { apollo } from '../apollo';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, formatAmount, formatMoney, parseAmount } from '../common/amounts';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { newIdempotencyKey } from '../common/idempotencyKey';
import { useCurrencies } from '../currencies/useCurrencies';
import { type ApiError, placeProblems } from '../data-provider/errors';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { ReturnPurchaseMutation } from './documents';
import { ReturnedItemsInputs, typedLines } from './ReturnedItemsInputs';
import type { Purchase } from './usePurchases';

interface Props {
  purchase: Purchase | null;
  onClose(): void;
  onDone(): void;
}

function ReturnForm({ purchase, onClose, onDone }: Props & { purchase: Purchase }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const { name, byKey } = useCurrencies();
  const key = useRef(newIdempotencyKey());
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);
  const left = Math.round((purchase.amount - purchase.returnedAmount) * 100) / 100;
  const money: Validator = (value) =>
    value ? (amountProblem(String(value), 2, locale) ?? undefined) : undefined;

  const submit = async (raw: Record<string, unknown>) => {
    const typed = raw.amount ? parseAmount(String(raw.amount), locale)?.value : undefined;
    const lines = typedLines(raw.lines, locale);
    setSaving(true);
    setGeneral([]);
    try {
      const { data } = await apollo.mutate({
        mutation: ReturnPurchaseMutation,
        variables: {
          input: {
            purchaseId: purchase.id,
            amount: typed ?? null,
            items: lines.length ? lines : null,
            reason: (raw.reason as string) || null,
            idempotencyKey: key.current,
          },
        },
      });
      const shortfall = data?.returnPurchase.shortfall ?? [];
      notify(shortfall.length ? 'patron.purchases.shortfall' : 'patron.purchases.returnDone', {
        type: shortfall.length ? 'warning' : 'info',
        messageArgs: {
          list: shortfall
            .map(
              (s) =>
                `${formatAmount(s.amount, byKey.get(s.currency)?.decimals ?? 0, locale)} ${name(s.currency)}`,
            )
            .join(translate('patron.comma')),
        },
      });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      // The server names lines by their place in what was sent (items.0.quantity): shown at their line.
      const inputOf = (name: string) =>
        name.replace(/^items\.(\d+)\.\w+$/, (_, k) => `lines.${(lines[Number(k)]?.line ?? 0) - 1}`);
      const placed = CombinedGraphQLErrors.is(error)
        ? placeProblems(
            error.errors as readonly ApiError[],
            (name) => ['amount', 'reason'].includes(name) || name.startsWith('lines.'),
            inputOf,
          )
        : { fields: {}, general: [{ message: 'ra.notification.http_error' }] };
      setGeneral(placed.general);
      return Object.fromEntries(Object.entries(placed.fields).map(([n, m]) => [n, text(m)]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form id="return-purchase-form" onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          {purchase.items.length > 0 && <ReturnedItemsInputs items={purchase.items} />}
          <AmountInput
            source="amount"
            label="patron.purchases.returnAmount"
            validate={money}
            helperText={translate('patron.purchases.returnAmountHelp', { left: formatMoney(left, locale) })}
            slotProps={{ htmlInput: { 'data-testid': 'return-amount' } }}
          />
          <TextInput
            source="reason"
            label="patron.purchases.returnReason"
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 500, 'data-testid': 'return-reason' } }}
          />
          <GeneralErrors messages={general} testId="return" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="return"
        submitLabel="patron.purchases.return"
        color="warning"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/**
 * Return a purchase in full (amount left empty), in part, or by its lines (stock comes back by line);
 * earnings follow in proportion on the server.
 */
export function ReturnPurchaseDialog(props: Props) {
  return (
    <FormDialog
      open={Boolean(props.purchase)}
      title="patron.purchases.returnTitle"
      testId="return"
      onClose={props.onClose}
    >
      {props.purchase && <ReturnForm {...props} purchase={props.purchase} />}
    </FormDialog>
  );
}
