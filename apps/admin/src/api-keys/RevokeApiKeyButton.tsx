import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { RevokeApiKeyMutation } from './documents';

/** Revokes after a confirmation: apps using the key are refused from the next request. */
export function RevokeApiKeyButton({ id, name, onDone }: { id: string; name: string; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button color="error" size="small" onClick={() => setConfirming(true)} data-testid="api-key-revoke">
        {translate('patron.apiKeys.revoke')}
      </Button>
      <Confirm
        isOpen={confirming}
        title="patron.apiKeys.revokeTitle"
        content="patron.apiKeys.revokeContent"
        translateOptions={{ name }}
        confirm="patron.apiKeys.revoke"
        confirmColor="warning"
        onConfirm={async () => {
          setConfirming(false);
          try {
            await apollo.mutate({ mutation: RevokeApiKeyMutation, variables: { id } });
            notify('patron.apiKeys.revoked', { type: 'info', messageArgs: { name } });
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
