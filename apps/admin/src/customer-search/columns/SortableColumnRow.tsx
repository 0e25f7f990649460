import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DragIndicator from '@mui/icons-material/DragIndicator';
import { Checkbox, IconButton, InputAdornment, ListItem, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NumberTextField } from '../../common/NumberTextField';
import { MAX_WIDTH, MIN_WIDTH, type PickerRow } from './columnPrefs';

interface Props {
  row: PickerRow;
  name: string;
  first: boolean;
  last: boolean;
  onChange(patch: Partial<PickerRow>): void;
  onMove(delta: -1 | 1): void;
}

/**
 * One field of the column picker: dragged by its handle (mouse, touch, or Space and the arrow keys),
 * or moved a place with the arrow buttons; ticked to show, with an optional width.
 */
export function SortableColumnRow({ row, name, first, last, onChange, onMove }: Props) {
  const translate = useTranslate();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: row.key });
  return (
    <ListItem
      ref={setNodeRef}
      data-testid="column-row"
      data-key={row.key}
      disableGutters
      sx={{
        gap: 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 1 : 'auto',
        boxShadow: isDragging ? 3 : 'none',
      }}
    >
      <IconButton
        ref={setActivatorNodeRef}
        size="small"
        {...attributes}
        {...listeners}
        aria-label={translate('patron.columns.dragHandle', { name })}
        data-testid={`column-drag-${row.key}`}
        sx={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
      >
        <DragIndicator fontSize="small" />
      </IconButton>
      <Checkbox
        size="small"
        checked={row.shown}
        onChange={(e) => onChange({ shown: e.target.checked })}
        slotProps={{ input: { 'data-testid': `column-toggle-${row.key}`, 'aria-label': name } as object }}
      />
      <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap dir="auto">
        {name}
      </Typography>
      <NumberTextField
        size="small"
        disabled={!row.shown}
        value={row.width}
        placeholder={translate('patron.columns.auto')}
        // Filled and without a label: the text sits on the adornment's line, not where a label would push it.
        hiddenLabel
        onChange={(width) => onChange({ width })}
        sx={{ width: 140, flexShrink: 0 }}
        slotProps={{
          htmlInput: {
            min: MIN_WIDTH,
            max: MAX_WIDTH,
            step: 10,
            'data-testid': `column-width-${row.key}`,
            'aria-label': `${translate('patron.columns.width')}: ${name}`,
          },
          input: {
            endAdornment: <InputAdornment position="end">{translate('patron.columns.px')}</InputAdornment>,
          },
        }}
      />
      <Stack direction="row" sx={{ flexShrink: 0 }}>
        <IconButton
          size="small"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={translate('patron.columns.moveUp', { name })}
          data-testid={`column-up-${row.key}`}
        >
          <ArrowUpward fontSize="small" />
        </IconButton>
        <IconButton
          size="small"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={translate('patron.columns.moveDown', { name })}
          data-testid={`column-down-${row.key}`}
        >
          <ArrowDownward fontSize="small" />
        </IconButton>
      </Stack>
    </ListItem>
  );
}
