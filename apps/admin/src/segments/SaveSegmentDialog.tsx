import {
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  TextField,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { useProblemText } from '../problems/useProblemText';
import { useRoleChoices } from '../roles/useRoleNames';

interface Props {
  open: boolean;
  title: string;
  initialName?: string;
  initialShared?: boolean;
  initialSharedWithRoles?: readonly string[];
  onClose(): void;
  /** Saves; a refusal it throws is shown here (about the name under it, anything else above the buttons). */
  onSave(values: { name: string; shared: boolean; sharedWithRoles: string[] }): Promise<void>;
}

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };
const NO_ROLES: readonly string[] = [];

/** Name and sharing of a segment: used to save the list's query as one, and to rename one. */
export function SaveSegmentDialog({
  open,
  title,
  initialName = '',
  initialShared = false,
  initialSharedWithRoles = NO_ROLES,
  onClose,
  onSave,
}: Props) {
  const translate = useTranslate();
  const text = useProblemText();
  const [name, setName] = useState(initialName);
  const [shared, setShared] = useState(initialShared);
  const [roles, setRoles] = useState<string[]>([...initialSharedWithRoles]);
  const roleChoices = useRoleChoices();
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  useEffect(() => {
    if (!open) return;
    setName(initialName);
    setShared(initialShared);
    setRoles([...initialSharedWithRoles]);
    setErrors(NO_ERRORS);
  }, [open, initialName, initialShared, initialSharedWithRoles]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      await onSave({ name: name.trim(), shared, sharedWithRoles: shared ? roles : [] });
    } catch (error) {
      setErrors(placeFailure(error, ['name', 'sharedWithRoles']));
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
          error={Boolean(errors.fields.name)}
          helperText={errors.fields.name ? text(errors.fields.name) : undefined}
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
        {shared && (
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('patron.segments.sharedWith')}
            value={roles}
            onChange={(e) => setRoles(e.target.value as unknown as string[])}
            helperText={translate('patron.segments.sharedWithHelp')}
            slotProps={{
              select: {
                multiple: true,
                'data-testid': 'segment-shared-roles',
                renderValue: (selected: unknown) => (
                  <span>
                    {(selected as string[]).map((key) => (
                      <Chip
                        key={key}
                        size="small"
                        sx={{ me: 0.5 }}
                        label={roleChoices.find((r) => r.id === key)?.name ?? key}
                      />
                    ))}
                  </span>
                ),
              } as object,
            }}
          >
            {roleChoices.map((r) => (
              <MenuItem key={r.id} value={r.id} data-testid={`segment-role-${r.id}`}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <GeneralErrors messages={errors.general} testId="segment" />
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
