import { DialogContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, TextInput, useNotify } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import type { CustomerRequestFieldsFragment } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { AnswerCustomerRequestMutation } from './documents';

interface Props {
  request: CustomerRequestFieldsFragment | null;
  onClose(): void;
  onDone(): void;
}

function AnswerForm({ request, onClose, onDone }: Props & { request: CustomerRequestFieldsFragment }) {
  const notify = useNotify();
  const text = useProblemText();
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async (raw: Record<string, unknown>) => {
    setSaving(true);
    setGeneral([]);
    try {
      await apollo.mutate({
        mutation: AnswerCustomerRequestMutation,
        variables: { id: request.id, text: String(raw.text ?? '') },
      });
      notify('patron.customerRequests.answered', { type: 'info' });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      const placed = placeFailure(error, ['text']);
      setGeneral(placed.general);
      return Object.fromEntries(Object.entries(placed.fields).map(([n, m]) => [n, text(m)]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      id="answer-request-form"
      onSubmit={submit}
      defaultValues={{ text: request.answer ?? '' }}
      noValidate
    >
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={1}>
          <Typography variant="subtitle2" dir="auto">
            {request.subject}
          </Typography>
          <Typography variant="body2" color="text.secondary" dir="auto" sx={{ whiteSpace: 'pre-wrap' }}>
            {request.text}
          </Typography>
          <TextInput
            source="text"
            label="patron.customerRequests.answer"
            multiline
            minRows={3}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 4000, 'data-testid': 'answer-text' } }}
          />
          <GeneralErrors messages={general} testId="answer" />
        </Stack>
      </DialogContent>
      <FormDialogActions
        testId="answer"
        submitLabel="patron.customerRequests.send"
        disabled={saving}
        onClose={onClose}
      />
    </Form>
  );
}

/** Answer a customer's request (again, to correct the answer); the customer sees it in self-service. */
export function AnswerRequestDialog(props: Props) {
  return (
    <FormDialog
      open={Boolean(props.request)}
      title="patron.customerRequests.answerTitle"
      testId="answer"
      maxWidth="sm"
      onClose={props.onClose}
    >
      {props.request && <AnswerForm {...props} request={props.request} />}
    </FormDialog>
  );
}
