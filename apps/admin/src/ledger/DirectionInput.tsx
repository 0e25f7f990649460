import Add from '@mui/icons-material/Add';
import Remove from '@mui/icons-material/Remove';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';

export type Direction = 'add' | 'subtract';

/** Add to or subtract from the balance: a two-way switch bound to the form's `direction`. */
export function DirectionInput() {
  const translate = useTranslate();
  const { field } = useInput({ source: 'direction', defaultValue: 'add' });
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      color={field.value === 'subtract' ? 'error' : 'success'}
      value={field.value}
      onChange={(_e, value: Direction | null) => value && field.onChange(value)}
      aria-label={translate('patron.loyalty.direction')}
      sx={{ mt: 1, mb: 1 }}
    >
      <ToggleButton value="add" data-testid="adjust-add">
        <Add fontSize="small" sx={{ marginInlineEnd: 0.5 }} />
        {translate('patron.loyalty.add')}
      </ToggleButton>
      <ToggleButton value="subtract" data-testid="adjust-subtract">
        <Remove fontSize="small" sx={{ marginInlineEnd: 0.5 }} />
        {translate('patron.loyalty.subtract')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
