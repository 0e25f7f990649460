import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { DeleteChannelAccountMutation } from './documents';

/** Deletes after a confirmation: its kind's messages stop going through it. */
export function DeleteAccountButton({ id, name, onDone }: { id: string; name: string; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button color="error" size="small" onClick={() => setConfirming(true)} data-testid="channel-delete">
        {translate('patron.channels.delete')}
      </Button>
      <Confirm
        isOpen={confirming}
        title="patron.channels.deleteTitle"
        content="patron.channels.deleteContent"
        translateOptions={{ name }}
        confirm="patron.channels.delete"
        confirmColor="warning"
        onConfirm={async () => {
          setConfirming(false);
          try {
            await apollo.mutate({ mutation: DeleteChannelAccountMutation, variables: { id } });
            notify('patron.channels.deleted', { type: 'info', messageArgs: { name } });
            onDone();
          } catch (error) {
            refused(error);
          }
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
