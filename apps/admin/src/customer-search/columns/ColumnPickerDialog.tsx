import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DragIndicator from '@mui/icons-material/DragIndicator';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  List,
  ListItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../../common/useNotifyRefusal';
import { useCustomerFields } from '../fields/useCustomerFields';
import { columnsFromRows, MAX_WIDTH, MIN_WIDTH, moveRow, type PickerRow, pickerRows } from './columnPrefs';
import { useCustomerColumns } from './useCustomerColumns';

/**
 * Which fields the customer table shows, in what order and how wide. Saved on the server for this
 * staff member. Rows move with the arrows or by dragging.
 */
export function ColumnPickerDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const { fields, label } = useCustomerFields();
  const { prefs, defaults, save, saving } = useCustomerColumns();
  const [rows, setRows] = useState<PickerRow[]>([]);
  const [dragged, setDragged] = useState<number | null>(null);
  const keys = fields.map((f) => f.key);

  // biome-ignore lint/correctness/useExhaustiveDependencies: start from the saved choice each time it opens.
  useEffect(() => {
    if (open) setRows(pickerRows(prefs, keys));
  }, [open]);

  const change = (index: number, patch: Partial<PickerRow>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const submit = async () => {
    const columns = columnsFromRows(rows);
    if (columns.length === 0) return;
    try {
      await save(columns);
      onClose();
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'data-testid': 'column-picker' } as object }}
    >
      <DialogTitle>{translate('patron.columns.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('patron.columns.help')}
        </Typography>
        <List dense disablePadding>
          {rows.map((row, i) => (
            <ListItem
              key={row.key}
              draggable
              onDragStart={() => setDragged(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragged !== null) setRows((current) => moveRow(current, dragged, i - dragged));
                setDragged(null);
              }}
              data-testid="column-row"
              data-key={row.key}
              sx={{ gap: 1, opacity: dragged === i ? 0.4 : 1, borderBottom: 1, borderColor: 'divider' }}
              disableGutters
            >
              <DragIndicator fontSize="small" color="action" sx={{ cursor: 'grab' }} />
              <Checkbox
                size="small"
                checked={row.shown}
                onChange={(e) => change(i, { shown: e.target.checked })}
                slotProps={{
                  input: {
                    'data-testid': `column-toggle-${row.key}`,
                    'aria-label': label(row.key),
                  } as object,
                }}
              />
              <Typography variant="body2" sx={{ flex: 1 }} dir="auto">
                {label(row.key)}
              </Typography>
              <TextField
                size="small"
                type="number"
                disabled={!row.shown}
                value={row.width ?? ''}
                placeholder={translate('patron.columns.auto')}
                onChange={(e) => change(i, { width: e.target.value === '' ? null : Number(e.target.value) })}
                sx={{ width: 130 }}
                slotProps={{
                  htmlInput: {
                    min: MIN_WIDTH,
                    max: MAX_WIDTH,
                    step: 10,
                    dir: 'ltr',
                    'data-testid': `column-width-${row.key}`,
                    'aria-label': translate('patron.columns.width'),
                  },
                  input: {
                    endAdornment: (
                      <InputAdornment position="end">{translate('patron.columns.px')}</InputAdornment>
                    ),
                  },
                }}
              />
              <Stack direction="row">
                <IconButton
                  size="small"
                  disabled={i === 0}
                  onClick={() => setRows((current) => moveRow(current, i, -1))}
                  aria-label={translate('patron.attributes.moveUp')}
                  data-testid={`column-up-${row.key}`}
                >
                  <ArrowUpward fontSize="small" />
                </IconButton>
                <IconButton
                  size="small"
                  disabled={i === rows.length - 1}
                  onClick={() => setRows((current) => moveRow(current, i, 1))}
                  aria-label={translate('patron.attributes.moveDown')}
                  data-testid={`column-down-${row.key}`}
                >
                  <ArrowDownward fontSize="small" />
                </IconButton>
              </Stack>
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() =>
            setRows(
              pickerRows(
                defaults.filter((d) => keys.includes(d.key)),
                keys,
              ),
            )
          }
          data-testid="columns-reset"
        >
          {translate('patron.columns.reset')}
        </Button>
        <Stack sx={{ flex: 1 }} />
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={saving || !rows.some((r) => r.shown)}
          data-testid="columns-save"
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
