import { DialogContent, Stack } from '@mui/material';
import { useRef, useState } from 'react';
import {
  ArrayInput,
  Form,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useLocale,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { apollo } from '../apollo';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, formatAmount } from '../common/amounts';
import { enumValues } from '../common/enums';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { newIdempotencyKey } from '../common/idempotencyKey';
import { placeFailure } from '../common/placeErrors';
import { PaymentStatus } from '../gql/graphql';
import { localized } from '../i18n/localized';
import type { Balance } from '../ledger/useBalances';
import { CalendarDateInput } from '../preferences/CalendarDateInput';
import { toIsoDate } from '../preferences/dates';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { useProducts } from '../products/useProducts';
import { CatalogueSkuInput, CatalogueSkus } from './CatalogueSkuInput';
import { RecordPurchaseMutation } from './documents';
import { PurchaseBranchInput } from './PurchaseBranchInput';
import { type PurchaseFormValues, purchaseInput } from './purchaseInput';

interface Props {
  open: boolean;
  customerId: string;
  balances: readonly Balance[];
  onClose(): void;
  onDone(): void;
}

/** Paid first: most purchases are paid at the till. */
const STATUSES = enumValues(PaymentStatus, [PaymentStatus.PAID, PaymentStatus.PENDING]);
const INPUTS = ['amount', 'invoiceNumber', 'branch', 'purchasedAt', 'paymentStatus'];

/** Mounted on each opening: one idempotency key per purchase, reused when the same one is retried. */
function RecordPurchaseForm({ customerId, balances, onClose, onDone }: Omit<Props, 'open'>) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const key = useRef(newIdempotencyKey());
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);
  const spendable = balances.filter((b) => b.currency.spendable);
  const products = useProducts();
  const money: Validator = (value) =>
    value ? (amountProblem(String(value), 2, locale) ?? undefined) : undefined;
  const units =
    (decimals: number): Validator =>
    (value) =>
      value ? (amountProblem(String(value), decimals, locale) ?? undefined) : undefined;

  const submit = async (raw: Record<string, unknown>) => {
    const { input, inputOf } = purchaseInput(
      raw as unknown as PurchaseFormValues,
      locale,
      customerId,
      key.current,
      toIsoDate(new Date()),
    );
    setSaving(true);
    setGeneral([]);
    try {
      await apollo.mutate({ mutation: RecordPurchaseMutation, variables: { input } });
      notify('patron.purchases.recorded', { type: 'info' });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      const placed = placeFailure(error, [...INPUTS, ...Object.keys(inputOf)]);
      setGeneral(placed.general);
      return Object.fromEntries(
        Object.entries(placed.fields).map(([name, message]) => [
          name === 'purchasedAt' ? 'purchasedOn' : (inputOf[name] ?? name),
          text(message),
        ]),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      id="record-purchase-form"
      onSubmit={submit}
      record={{ paymentStatus: PaymentStatus.PAID }}
      noValidate
    >
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          <AmountInput
            source="amount"
            label="patron.purchases.amount"
            validate={[required(), money]}
            slotProps={{ htmlInput: { 'data-testid': 'purchase-amount' } }}
          />
          <Stack direction="row" columnGap={2} flexWrap="wrap" alignItems="flex-start">
            <TextInput
              source="invoiceNumber"
              label="patron.purchases.invoiceNumber"
              slotProps={{ htmlInput: { dir: 'auto', maxLength: 100, 'data-testid': 'purchase-invoice' } }}
            />
            <PurchaseBranchInput />
          </Stack>
          <Stack direction="row" gap={2} alignItems="flex-start">
            <CalendarDateInput
              source="purchasedOn"
              label={translate('patron.purchases.purchasedOn')}
              helperText="patron.purchases.purchasedOnHelp"
            />
            <SelectInput
              source="paymentStatus"
              label="patron.purchases.paymentStatus"
              validate={required()}
              choices={STATUSES.map((s) => ({ id: s, name: `patron.purchases.status.${s}` }))}
              sx={{ minWidth: 180, mt: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'purchase-status' } } as object}
            />
          </Stack>
          {spendable.map((b) => (
            <AmountInput
              key={b.currency.key}
              source={`spend.${b.currency.key}`}
              label={translate('patron.purchases.payWith', {
                currency: localized(b.currency.name, locale, b.currency.key),
              })}
              validate={units(b.currency.decimals)}
              helperText={translate('patron.purchases.payWithHelp', {
                amount: formatAmount(b.amount, b.currency.decimals, locale),
              })}
              slotProps={{ htmlInput: { 'data-testid': `purchase-spend-${b.currency.key}` } }}
            />
          ))}
          <ArrayInput source="items" label="patron.purchases.items">
            <SimpleFormIterator inline disableReordering>
              <TextInput
                source="name"
                label="patron.purchases.itemName"
                helperText={false}
                sx={{ flex: 1, minWidth: 110 }}
              />
              <CatalogueSkuInput products={products} />
              <AmountInput
                source="quantity"
                label="patron.purchases.quantity"
                helperText={false}
                validate={units(3)}
                sx={{ width: 80, flexShrink: 0 }}
              />
              <AmountInput
                source="price"
                label="patron.purchases.price"
                helperText={false}
                validate={money}
                sx={{ width: 110, flexShrink: 0 }}
              />
            </SimpleFormIterator>
          </ArrayInput>
          <CatalogueSkus products={products} />
          <GeneralErrors messages={general} testId="purchase" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="purchase"
        submitLabel="patron.purchases.record"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** Record a purchase at the card: total, invoice, branch, day, payment, balances used, items. */
export function RecordPurchaseDialog({ open, ...props }: Props) {
  return (
    <FormDialog
      open={open}
      title="patron.purchases.recordTitle"
      testId="purchase"
      maxWidth="sm"
      onClose={props.onClose}
    >
      <RecordPurchaseForm {...props} />
    </FormDialog>
  );
}
