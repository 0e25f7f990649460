import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { EraseCustomerMutation } from './documents';

/** What the person erasing must type: the customer's name, or its id when it has none. */
export function confirmationWord(record: { id: unknown; displayName?: unknown }): string {
  const name = typeof record.displayName === 'string' ? record.displayName.trim() : '';
  return name || String(record.id);
}

/** Erasing is for good: the dialog asks to type the customer's name before the button works. */
export function EraseCustomerButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refusal = useNotifyRefusal();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [saving, setSaving] = useState(false);
  if (!record || record.status === 'ERASED') return null;
  const word = confirmationWord(record);
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  const erase = async () => {
    setSaving(true);
    try {
      await apollo.mutate({ mutation: EraseCustomerMutation, variables: { id: String(record.id) } });
      notify('patron.erase.done', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      refusal(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)} data-testid="erase-customer">
        {translate('patron.erase.button')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('patron.erase.title', { name: word })}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('patron.erase.explain')}
          </Alert>
          <TextField
            autoFocus
            fullWidth
            label={translate('patron.erase.confirmLabel', { name: word })}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'erase-confirm-text', dir: 'auto' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={saving || typed.trim() !== word}
            onClick={() => void erase()}
            data-testid="erase-confirm"
          >
            {translate('patron.erase.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
