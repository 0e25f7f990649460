import { DialogContent, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  FormDataConsumer,
  required,
  SelectInput,
  TextInput,
  useLocale,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { apollo } from '../apollo';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, parseAmount } from '../common/amounts';
import { endOfDay } from '../common/dayRange';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { NumberInput } from '../common/NumberInput';
import { placeFailure } from '../common/placeErrors';
import { useCurrencies } from '../currencies/useCurrencies';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';
import { CalendarDateInput } from '../preferences/CalendarDateInput';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { GiftCardBatchesQuery, IssueGiftCardsMutation } from './documents';

interface Values {
  count: number | string;
  currency: string;
  value: string;
  redeemOn?: string | null;
  note?: string;
}

const INPUTS = ['count', 'currency', 'value', 'redeemBy', 'note'];
// The API names the day as redeemBy; it is picked here as a day.
const INPUT_OF_FIELD: Record<string, string> = { redeemBy: 'redeemOn' };

interface Props {
  open: boolean;
  onClose(): void;
  /** The new batch, to show its cards. */
  onIssued(batch: { id: string; number: number; cardCount: number }): void;
}

function IssueForm({ onClose, onIssued }: Omit<Props, 'open'>) {
  const locale = useLocale();
  const translate = useTranslate();
  const notify = useNotify();
  const text = useProblemText();
  const { currencies } = useCurrencies();
  const spendable = currencies.filter((c) => c.spendable);
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);
  const decimalsOf = (key: unknown) => currencies.find((c) => c.key === key)?.decimals ?? 0;
  const validValue: Validator = (value, all) =>
    value ? (amountProblem(String(value), decimalsOf(all.currency), locale) ?? undefined) : undefined;

  const submit = async (raw: Record<string, unknown>) => {
    const values = raw as unknown as Values;
    setSaving(true);
    setGeneral([]);
    try {
      const { data } = await apollo.mutate({
        mutation: IssueGiftCardsMutation,
        variables: {
          input: {
            count: Number(values.count),
            currency: values.currency,
            value: parseAmount(values.value, locale)?.value ?? 0,
            redeemBy: values.redeemOn ? endOfDay(values.redeemOn) : null,
            note: values.note || null,
          },
        },
        refetchQueries: [GiftCardBatchesQuery],
      });
      if (!data) throw new Error('ra.notification.http_error');
      notify('patron.giftCards.issued', {
        type: 'info',
        messageArgs: {
          smart_count: data.issueGiftCards.cardCount,
          count: numberFormat(localeTag(locale)).format(data.issueGiftCards.cardCount),
          number: numberFormat(localeTag(locale)).format(data.issueGiftCards.number),
        },
      });
      onIssued(data.issueGiftCards);
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
      id="issue-gift-cards-form"
      onSubmit={submit}
      record={{ count: 1, currency: spendable[0]?.key ?? '' }}
      noValidate
    >
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          <NumberInput
            source="count"
            label="patron.giftCards.count"
            helperText="patron.giftCards.countHelp"
            validate={required()}
            slotProps={{ htmlInput: { 'data-testid': 'issue-count' } }}
          />
          <SelectInput
            source="currency"
            label="patron.giftCards.currency"
            validate={required()}
            choices={spendable.map((c) => ({ id: c.key, name: localized(c.name, locale, c.key) }))}
            helperText={false}
            data-testid="issue-currency"
          />
          <FormDataConsumer>
            {({ formData }) => (
              <AmountInput
                source="value"
                label="patron.giftCards.value"
                decimals={decimalsOf(formData.currency)}
                validate={[required(), validValue]}
                helperText={false}
                slotProps={{ htmlInput: { 'data-testid': 'issue-value' } }}
              />
            )}
          </FormDataConsumer>
          <CalendarDateInput
            source="redeemOn"
            label={translate('patron.giftCards.redeemBy')}
            helperText="patron.giftCards.redeemByHelp"
          />
          <TextInput
            source="note"
            label="patron.giftCards.note"
            helperText="patron.giftCards.noteHelp"
            slotProps={{ htmlInput: { 'data-testid': 'issue-note', maxLength: 200, dir: 'auto' } }}
          />
          <GeneralErrors messages={general} testId="issue" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="issue"
        submitLabel="patron.giftCards.issue"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** Issue one gift card or a batch: how many, what each is worth, until when, and a note. */
export function IssueGiftCardsDialog({ open, ...props }: Props) {
  return (
    <FormDialog open={open} title="patron.giftCards.issueTitle" testId="issue" onClose={props.onClose}>
      <IssueForm {...props} />
    </FormDialog>
  );
}
