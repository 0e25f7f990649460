import { DialogContent, Stack } from '@mui/material';
import { useState } from 'react';
import { Form, required, TextInput, useLocale, useNotify } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { useCurrencies } from '../currencies/useCurrencies';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { RedeemGiftCardMutation } from './documents';

interface Props {
  open: boolean;
  customerId: string;
  onClose(): void;
  /** The balance grew: balances, operations and lists should be read again. */
  onDone(): void;
}

function RedeemForm({ customerId, onClose, onDone }: Omit<Props, 'open'>) {
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const { byKey, name } = useCurrencies();
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSaving(true);
    setGeneral([]);
    try {
      const { data } = await apollo.mutate({
        mutation: RedeemGiftCardMutation,
        variables: { customerId, code: String(values.code ?? '') },
      });
      const card = data?.redeemGiftCard;
      if (card)
        notify('patron.giftCards.redeemed', {
          type: 'info',
          messageArgs: {
            amount: formatAmount(card.value, byKey.get(card.currency)?.decimals ?? 0, locale),
            currency: name(card.currency),
          },
        });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      // A refusal about the card goes under the code; one about the customer (inactive) above the buttons.
      const placed = placeFailure(error, ['code']);
      setGeneral(placed.general);
      return placed.fields.code ? { code: text(placed.fields.code) } : {};
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form id="redeem-gift-card-form" onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          <TextInput
            source="code"
            label="patron.giftCards.code"
            helperText="patron.giftCards.codeHelp"
            validate={required()}
            autoFocus
            slotProps={{
              htmlInput: {
                'data-testid': 'redeem-code',
                dir: 'ltr',
                autoComplete: 'off',
                spellCheck: false,
                style: { fontFamily: 'monospace', letterSpacing: '0.08em' },
              },
            }}
          />
          <GeneralErrors messages={general} testId="redeem" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="redeem"
        submitLabel="patron.giftCards.redeem"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** Redeem a gift card onto this customer: its value is added to their balance, once. */
export function RedeemGiftCardDialog({ open, ...props }: Props) {
  return (
    <FormDialog open={open} title="patron.giftCards.redeemTitle" testId="redeem" onClose={props.onClose}>
      <RedeemForm {...props} />
    </FormDialog>
  );
}
