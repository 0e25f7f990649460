import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Confirm, EditButton, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { MailingFieldsFragment } from '../gql/graphql';
import { CancelMailingMutation, SendTestMailingMutation, StartMailingMutation } from './documents';

/** Start a draft, cancel while scheduled or sending, send a test; for who manages mailings. */
export function MailingActions({ mailing }: { mailing: MailingFieldsFragment }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refusal = useNotifyRefusal();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const [asking, setAsking] = useState<'start' | 'cancel' | null>(null);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  if (!permissions?.includes('mailings.manage')) return null;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'info' });
      refresh();
    } catch (error) {
      refusal(error);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  const variables = { id: mailing.id };
  const draft = mailing.state === 'DRAFT';
  const cancellable = mailing.state === 'SCHEDULED' || mailing.state === 'SENDING';
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" data-testid="mailing-actions">
      {draft && <EditButton record={mailing} />}
      {draft && (
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => setAsking('start')}
          data-testid="mailing-start"
        >
          {translate('patron.mailings.start')}
        </Button>
      )}
      {cancellable && (
        <Button
          color="error"
          disabled={busy}
          onClick={() => setAsking('cancel')}
          data-testid="mailing-cancel"
        >
          {translate('patron.mailings.cancel')}
        </Button>
      )}
      <TextField
        size="small"
        sx={{ width: 280 }}
        label={translate('patron.mailings.testTo')}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'mailing-test-to' } }}
      />
      <Button
        disabled={busy || !to.trim()}
        data-testid="mailing-test-send"
        onClick={() =>
          void run(
            () =>
              apollo.mutate({
                mutation: SendTestMailingMutation,
                variables: { ...variables, to: to.trim() },
              }),
            'patron.mailings.testQueued',
          )
        }
      >
        {translate('patron.mailings.testSend')}
      </Button>
      <Confirm
        isOpen={asking === 'start'}
        title="patron.mailings.start"
        content="patron.mailings.startConfirm"
        onConfirm={() =>
          void run(
            () => apollo.mutate({ mutation: StartMailingMutation, variables }),
            'patron.mailings.started',
          )
        }
        onClose={() => setAsking(null)}
      />
      <Confirm
        isOpen={asking === 'cancel'}
        title="patron.mailings.cancel"
        content="patron.mailings.cancelConfirm"
        onConfirm={() =>
          void run(
            () => apollo.mutate({ mutation: CancelMailingMutation, variables }),
            'patron.mailings.cancelled',
          )
        }
        onClose={() => setAsking(null)}
      />
    </Stack>
  );
}
