import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  TextField,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

interface Props {
  open: boolean;
  title: string;
  initialName?: string;
  initialShared?: boolean;
  onClose(): void;
  onSave(values: { name: string; shared: boolean }): Promise<void>;
}

/** Name and sharing of a segment: used to save the list's query as one, and to rename one. */
export function SaveSegmentDialog({
  open,
  title,
  initialName = '',
  initialShared = false,
  onClose,
  onSave,
}: Props) {
  const translate = useTranslate();
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(initialShared);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setName(initialName);
    setShared(initialShared);
  }, [open, initialName, initialShared]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setSaving(true);
    try {
      await onSave({ name: name.trim(), shared });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="xs"
      slotProps={{
        paper: { component: 'form', onSubmit: submit, 'data-testid': 'segment-dialog' } as object,
      }}
    >
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={translate('patron.segments.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'segment-name', dir: 'auto', maxLength: 120 } }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={shared}
              onChange={(e) => setShared(e.target.checked)}
              slotProps={{ input: { 'data-testid': 'segment-shared' } as object }}
            />
          }
          label={translate('patron.segments.sharedHelp')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          type="submit"
          variant="contained"
          disabled={saving || !name.trim()}
          data-testid="segment-save"
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
