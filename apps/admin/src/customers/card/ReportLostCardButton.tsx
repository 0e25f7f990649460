import CreditCardOffIcon from '@mui/icons-material/CreditCardOff';
import { Button, DialogContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  required,
  TextInput,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apollo } from '../../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../../common/FormDialog';
import { placeFailure } from '../../common/placeErrors';
import type { ProblemMessage } from '../../problems/problemText';
import { useProblemText } from '../../problems/useProblemText';
import { CustomerLostCardsQuery, ReportLostCardMutation } from './documents';

function ReportLostCardForm({
  customerId,
  current,
  onClose,
}: {
  customerId: string;
  current: string;
  onClose(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const text = useProblemText();
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (raw: Record<string, unknown>) => {
    setSaving(true);
    setGeneral([]);
    try {
      await apollo.mutate({
        mutation: ReportLostCardMutation,
        variables: {
          customerId,
          newCardNumber: String(raw.newCardNumber ?? ''),
          reason: String(raw.reason ?? ''),
        },
        refetchQueries: [CustomerLostCardsQuery],
      });
      notify('patron.card.lostCards.done', { type: 'info' });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const placed = placeFailure(error, ['newCardNumber', 'reason']);
      setGeneral(placed.general);
      return Object.fromEntries(Object.entries(placed.fields).map(([n, m]) => [n, text(m)]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form id="report-lost-card-form" onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack>
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="lost-card-current">
            {translate('patron.card.lostCards.explain', { card: current })}
          </Typography>
          <TextInput
            source="newCardNumber"
            label="patron.card.lostCards.newCardNumber"
            validate={required()}
            slotProps={{ htmlInput: { dir: 'ltr', maxLength: 1000, 'data-testid': 'lost-card-new' } }}
          />
          <TextInput
            source="reason"
            label="patron.card.lostCards.reason"
            multiline
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 300, 'data-testid': 'lost-card-reason' } }}
          />
          <GeneralErrors messages={general} testId="lost-card" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="lost-card"
        submitLabel="patron.card.lostCards.submit"
        color="warning"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** In the card's toolbar for a customer with a card: record it lost and give the new one. */
export function ReportLostCardButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const current = typeof record?.cardNumber === 'string' ? record.cardNumber : '';
  if (!record || !current) return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<CreditCardOffIcon />}
        onClick={() => setOpen(true)}
        data-testid="report-lost-card"
      >
        {translate('patron.card.lostCards.report')}
      </Button>
      <FormDialog
        open={open}
        title="patron.card.lostCards.title"
        testId="lost-card"
        onClose={() => setOpen(false)}
      >
        {open && (
          <ReportLostCardForm
            customerId={String(record.id)}
            current={current}
            onClose={() => setOpen(false)}
          />
        )}
      </FormDialog>
    </>
  );
}
