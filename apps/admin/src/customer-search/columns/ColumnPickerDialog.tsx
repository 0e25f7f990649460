import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import Search from '@mui/icons-material/Search';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  InputAdornment,
  List,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../../common/useNotifyRefusal';
import { useCustomerFields } from '../fields/useCustomerFields';
import { columnsFromRows, moveRow, type PickerRow, pickerRows } from './columnPrefs';
import { SortableColumnRow } from './SortableColumnRow';
import { useCustomerColumns } from './useCustomerColumns';

const fold = (text: string) =>
  text.toLocaleLowerCase().replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ё/g, 'е');

/**
 * Which fields the customer table shows, in what order and how wide. Saved on the server for this
 * staff member. A column moves in one drag of its handle (or Space and the arrow keys on the
 * handle, or the arrow buttons); the search box narrows the list to the fields whose name matches.
 */
export function ColumnPickerDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const { fields, label } = useCustomerFields();
  const { prefs, defaults, save, saving } = useCustomerColumns();
  const [rows, setRows] = useState<PickerRow[]>([]);
  const [query, setQuery] = useState('');
  const keys = fields.map((f) => f.key);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const needle = fold(query.trim());
  const visible = needle ? rows.filter((r) => fold(label(r.key)).includes(needle)) : rows;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setRows((current) => {
      const from = current.findIndex((r) => r.key === active.id);
      const to = current.findIndex((r) => r.key === over.id);
      return moveRow(current, from, to - from);
    });
  };
  // Up and down move past the neighbour the user sees, even while the search hides others.
  const moveVisible = (key: string, delta: -1 | 1) =>
    setRows((current) => {
      const at = visible.findIndex((r) => r.key === key);
      const neighbour = visible[at + delta];
      if (!neighbour) return current;
      const from = current.findIndex((r) => r.key === key);
      return moveRow(current, from, current.findIndex((r) => r.key === neighbour.key) - from);
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: start from the saved choice each time it opens.
  useEffect(() => {
    if (open) {
      setRows(pickerRows(prefs, keys));
      setQuery('');
    }
  }, [open]);

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
        <TextField
          size="small"
          fullWidth
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={translate('patron.columns.search')}
          sx={{ mb: 1 }}
          slotProps={{
            htmlInput: {
              'data-testid': 'columns-search',
              'aria-label': translate('patron.columns.search'),
              dir: 'auto',
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={visible.map((r) => r.key)} strategy={verticalListSortingStrategy}>
            <List dense disablePadding>
              {visible.map((row, i) => (
                <SortableColumnRow
                  key={row.key}
                  row={row}
                  name={label(row.key)}
                  first={i === 0}
                  last={i === visible.length - 1}
                  onChange={(patch) =>
                    setRows((current) => current.map((r) => (r.key === row.key ? { ...r, ...patch } : r)))
                  }
                  onMove={(delta) => moveVisible(row.key, delta)}
                />
              ))}
            </List>
          </SortableContext>
        </DndContext>
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
