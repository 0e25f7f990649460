import Close from '@mui/icons-material/Close';
import { IconButton, MenuItem, type SelectProps, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FilterOperator } from '../../gql/graphql';
import { useCustomerFields } from '../fields/useCustomerFields';
import { FieldPicker } from './FieldPicker';
import type { ConditionDraft } from './filterTree';
import { ValueEditor } from './ValueEditor';

interface Props {
  condition: ConditionDraft;
  problem?: string;
  onField(key: string): void;
  onOperator(operator: FilterOperator): void;
  onValue(value: unknown): void;
  onRemove(): void;
}

const selectTestId = (id: string) => ({ select: { 'data-testid': id } as Partial<SelectProps> });

/** field · operator · value, and the server's complaint about it, if any, right underneath. */
export function ConditionRow({ condition, problem, onField, onOperator, onValue, onRemove }: Props) {
  const translate = useTranslate();
  const { byKey } = useCustomerFields();
  const field = byKey.get(condition.field);
  return (
    <Stack data-testid="filter-condition" data-field={condition.field} gap={0.5}>
      {/* The inputs wrap among themselves; the remove button stays at the end of the first line. */}
      <Stack direction="row" gap={1} alignItems="flex-start">
        <Stack direction="row" gap={1} alignItems="flex-start" flexWrap="wrap" sx={{ flex: 1, minWidth: 0 }}>
          <FieldPicker
            value={field ? condition.field : ''}
            onChange={(key) => {
              const chosen = byKey.get(key);
              if (chosen) onField(chosen.key);
            }}
          />
          {field && (
            <TextField
              select
              size="small"
              label={translate('patron.filter.operator')}
              value={condition.operator}
              onChange={(e) => onOperator(e.target.value as FilterOperator)}
              sx={{ minWidth: 170, flex: '0 1 200px' }}
              slotProps={selectTestId('filter-operator')}
            >
              {field.operators.map((op) => (
                <MenuItem key={op} value={op} data-testid={`filter-operator-option-${op}`}>
                  {translate(`patron.filter.operators.${op}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {field && condition.operator && (
            <ValueEditor
              field={field}
              operator={condition.operator}
              value={condition.value}
              onChange={onValue}
              error={Boolean(problem)}
            />
          )}
        </Stack>
        <Tooltip title={translate('patron.filter.removeCondition')}>
          <IconButton
            size="small"
            onClick={onRemove}
            aria-label={translate('patron.filter.removeCondition')}
            data-testid="filter-remove-condition"
            sx={{ mt: 0.5 }}
          >
            <Close fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      {problem && (
        <Typography variant="caption" color="error" data-testid="filter-problem" dir="auto">
          {problem}
        </Typography>
      )}
    </Stack>
  );
}
