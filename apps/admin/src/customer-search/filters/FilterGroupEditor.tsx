import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import {
  Button,
  FormControlLabel,
  IconButton,
  Paper,
  Stack,
  Switch,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { useCustomerFields } from '../fields/useCustomerFields';
import { ConditionRow } from './ConditionRow';
import {
  addCondition,
  addGroup,
  canAdd,
  chooseField,
  chooseOperator,
  type GroupDraft,
  removeNode,
  setGroup,
  setValue,
} from './filterTree';

interface Props {
  root: GroupDraft;
  group: GroupDraft;
  problems: Record<string, string>;
  onChange(root: GroupDraft): void;
  depth?: number;
}

/** A group: AND/OR, NOT, its conditions, then its subgroups (each drawn the same way, indented). */
export function FilterGroupEditor({ root, group, problems, onChange, depth = 1 }: Props) {
  const translate = useTranslate();
  const { byKey } = useCustomerFields();
  const allowed = canAdd(root, group);
  const joiner = translate(`patron.filter.joiner.${group.op}`);
  const items = group.conditions.length + group.groups.length;
  return (
    <Paper
      variant="outlined"
      data-testid="filter-group"
      data-depth={depth}
      sx={{ p: 1.5, bgcolor: depth % 2 ? 'background.paper' : 'action.hover' }}
    >
      <Stack direction="row" alignItems="center" gap={1.5} flexWrap="wrap" sx={{ mb: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={group.op}
          onChange={(_e, op) => op && onChange(setGroup(root, group.id, { op }))}
        >
          <ToggleButton value="AND" data-testid="group-op-AND">
            {translate('patron.filter.op.AND')}
          </ToggleButton>
          <ToggleButton value="OR" data-testid="group-op-OR">
            {translate('patron.filter.op.OR')}
          </ToggleButton>
        </ToggleButtonGroup>
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={group.not}
              onChange={(e) => onChange(setGroup(root, group.id, { not: e.target.checked }))}
              slotProps={{ input: { 'data-testid': 'group-not' } as object }}
            />
          }
          label={translate('patron.filter.not')}
        />
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate(
            group.not ? `patron.filter.explainNot.${group.op}` : `patron.filter.explain.${group.op}`,
          )}
        </Typography>
        {depth > 1 && (
          <Tooltip title={translate('patron.filter.removeGroup')}>
            <IconButton
              size="small"
              onClick={() => onChange(removeNode(root, group.id))}
              aria-label={translate('patron.filter.removeGroup')}
              data-testid="filter-remove-group"
            >
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
      {problems[group.id] && (
        <Typography variant="caption" color="error" data-testid="filter-problem" component="p" sx={{ mb: 1 }}>
          {problems[group.id]}
        </Typography>
      )}
      <Stack gap={1}>
        {group.conditions.map((c, i) => (
          <Fragment key={c.id}>
            {i > 0 && <Joiner text={joiner} />}
            <ConditionRow
              condition={c}
              problem={problems[c.id]}
              onField={(key) => {
                const field = byKey.get(key);
                if (field) onChange(chooseField(root, c.id, field));
              }}
              onOperator={(op) => onChange(chooseOperator(root, c.id, op))}
              onValue={(value) => onChange(setValue(root, c.id, value))}
              onRemove={() => onChange(removeNode(root, c.id))}
            />
          </Fragment>
        ))}
        {group.groups.map((g, i) => (
          <Fragment key={g.id}>
            {(i > 0 || group.conditions.length > 0) && <Joiner text={joiner} />}
            <Stack sx={{ pl: 2 }}>
              <FilterGroupEditor
                root={root}
                group={g}
                problems={problems}
                onChange={onChange}
                depth={depth + 1}
              />
            </Stack>
          </Fragment>
        ))}
      </Stack>
      <Stack direction="row" gap={1} sx={{ mt: items ? 1 : 0 }} flexWrap="wrap">
        <Button
          size="small"
          startIcon={<Add />}
          disabled={!allowed.condition}
          onClick={() => onChange(addCondition(root, group.id))}
          data-testid="filter-add-condition"
        >
          {translate('patron.filter.addCondition')}
        </Button>
        <Button
          size="small"
          startIcon={<PlaylistAdd />}
          disabled={!allowed.group}
          onClick={() => onChange(addGroup(root, group.id))}
          data-testid="filter-add-group"
        >
          {translate('patron.filter.addGroup')}
        </Button>
      </Stack>
    </Paper>
  );
}

function Joiner({ text }: { text: string }) {
  return (
    <Typography variant="overline" color="primary" sx={{ lineHeight: 1.2, px: 0.5 }}>
      {text}
    </Typography>
  );
}
