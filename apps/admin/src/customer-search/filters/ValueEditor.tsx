import {
  Autocomplete,
  Chip,
  InputAdornment,
  MenuItem,
  type SelectProps,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { NumberTextField } from '../../common/NumberTextField';
import type { FilterOperator } from '../../gql/graphql';
import { latinDigits } from '../../i18n/digits';
import { localized } from '../../i18n/localized';
import { CalendarDatePicker } from '../../preferences/CalendarDatePicker';
import type { CustomerField } from '../fields/useCustomerFields';
import { listMatch, maxDays, valueShape } from './filterTree';
import { MonthEditor } from './MonthEditor';

interface Props {
  field: CustomerField;
  operator: FilterOperator;
  value: unknown;
  onChange(value: unknown): void;
  error?: boolean;
}

const SIZE = { minWidth: 180, flex: '1 1 180px' };
const selectTestId = (id: string) => ({ select: { 'data-testid': id } as Partial<SelectProps> });

/** A number typed as a list's value, in any digits (Persian and Arabic-Indic too). */
const toNumber = (text: string): number | null => {
  if (text.trim() === '') return null;
  const n = Number(latinDigits(text.trim()).replace(/\u066b/g, '.'));
  return Number.isFinite(n) ? n : null;
};

/** One value of the field's kind: text, number, a day or moment in the user's calendar, yes/no, a choice. */
function ScalarEditor({
  field,
  value,
  onChange,
  error,
  label,
  testId,
}: Omit<Props, 'operator'> & { label: string; testId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  switch (field.kind) {
    case 'NUMBER':
      return (
        <NumberTextField
          size="small"
          label={label}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          error={error}
          sx={SIZE}
          slotProps={{ htmlInput: { 'data-testid': testId, dir: 'ltr' } }}
        />
      );
    case 'DATE':
    case 'DATETIME':
      return (
        <Stack sx={SIZE}>
          <CalendarDatePicker
            label={label}
            variant="outlined"
            withTime={field.kind === 'DATETIME'}
            value={typeof value === 'string' ? value : null}
            onChange={onChange}
            error={error}
            testId={testId}
          />
        </Stack>
      );
    case 'BOOLEAN':
      return (
        <TextField
          select
          size="small"
          label={label}
          value={value === true ? 'true' : value === false ? 'false' : ''}
          onChange={(e) => onChange(e.target.value === 'true')}
          error={error}
          sx={SIZE}
          slotProps={selectTestId(testId)}
        >
          <MenuItem value="true" data-testid={`${testId}-option-true`}>
            {translate('patron.yes')}
          </MenuItem>
          <MenuItem value="false" data-testid={`${testId}-option-false`}>
            {translate('patron.no')}
          </MenuItem>
        </TextField>
      );
    case 'CHOICE':
    case 'MULTI':
      return (
        <TextField
          select
          size="small"
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          error={error}
          sx={SIZE}
          slotProps={selectTestId(testId)}
        >
          {field.choices.map((c) => (
            <MenuItem key={c.value} value={c.value} data-testid={`${testId}-option-${c.value}`}>
              {localized(c.label, locale, c.value)}
            </MenuItem>
          ))}
        </TextField>
      );
    default:
      return (
        <TextField
          size="small"
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          error={error}
          sx={SIZE}
          slotProps={{ htmlInput: { 'data-testid': testId, dir: 'auto' } }}
        />
      );
  }
}

/** "or" / "and" / "nor" between the chips of a list. */
function Joiner({ text }: { text: string }) {
  return (
    <Typography component="span" variant="caption" color="text.secondary" data-testid="filter-chip-joiner">
      {text}
    </Typography>
  );
}

/** Several values: ticked from the choices (tags, choice attributes), or typed one by one (Enter adds). */
function ListEditor({ field, operator, value, onChange, error }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const list = Array.isArray(value) ? value : [];
  // The label and the word between chips say how the values combine: any, all or none of them.
  const match = listMatch(operator);
  const label = translate(`patron.filter.matches.${match}`);
  const joiner = translate(`patron.filter.chipJoiner.${match}`);
  if (field.kind === 'CHOICE' || field.kind === 'MULTI') {
    const name = (v: unknown) => {
      const choice = field.choices.find((c) => c.value === v);
      return choice ? localized(choice.label, locale, choice.value) : String(v);
    };
    return (
      <TextField
        select
        size="small"
        label={label}
        value={list}
        onChange={(e) => onChange(e.target.value as unknown as string[])}
        error={error}
        sx={{ ...SIZE, minWidth: 240 }}
        slotProps={{
          select: {
            multiple: true,
            'data-testid': 'filter-value',
            renderValue: (selected) => (
              <Stack direction="row" gap={0.5} flexWrap="wrap" alignItems="center" data-match={match}>
                {(selected as string[]).map((v, i) => (
                  <Fragment key={v}>
                    {i > 0 && <Joiner text={joiner} />}
                    <Chip size="small" label={name(v)} />
                  </Fragment>
                ))}
              </Stack>
            ),
          } as Partial<SelectProps>,
        }}
      >
        {field.choices.map((c) => (
          <MenuItem key={c.value} value={c.value} data-testid={`filter-value-option-${c.value}`}>
            {localized(c.label, locale, c.value)}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const numeric = field.kind === 'NUMBER';
  return (
    <Autocomplete
      multiple
      freeSolo
      size="small"
      options={[]}
      value={list.map(String)}
      onChange={(_e, next) => {
        const values = (next as string[]).map((v) => (numeric ? toNumber(v) : v.trim()));
        onChange(values.filter((v) => v !== null && v !== ''));
      }}
      sx={{ ...SIZE, minWidth: 240 }}
      renderValue={(values, getItemProps) =>
        values.map((v, index) => {
          const { key, ...item } = getItemProps({ index });
          return (
            <Fragment key={key}>
              {index > 0 && <Joiner text={joiner} />}
              <Chip size="small" label={v} {...item} />
            </Fragment>
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          placeholder={translate('patron.filter.typeAndEnter')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'filter-value' } }}
        />
      )}
    />
  );
}

/** The value part of a condition row, shaped by the operator: nothing, one value, a list, a range or days. */
export function ValueEditor({ field, operator, value, onChange, error }: Props) {
  const translate = useTranslate();
  const shape = valueShape(operator);
  if (shape === 'none') return null;
  if (shape === 'list')
    return <ListEditor field={field} operator={operator} value={value} onChange={onChange} error={error} />;
  if (shape === 'month') return <MonthEditor value={value} onChange={onChange} error={error} />;
  if (shape === 'days') {
    return (
      <NumberTextField
        size="small"
        label={translate('patron.filter.days')}
        value={typeof value === 'number' ? value : null}
        onChange={(n) => onChange(n === null ? null : Math.trunc(n))}
        error={error}
        sx={{ width: 160 }}
        slotProps={{
          htmlInput: { 'data-testid': 'filter-value', min: 1, max: maxDays(operator), step: 1, dir: 'ltr' },
          input: {
            endAdornment: (
              <InputAdornment position="end">{translate('patron.filter.daysUnit')}</InputAdornment>
            ),
          },
        }}
      />
    );
  }
  if (shape === 'range') {
    const [from, to] = Array.isArray(value) ? value : [null, null];
    return (
      <Stack direction="row" gap={1} sx={{ flex: '2 1 360px' }} flexWrap="wrap">
        <ScalarEditor
          field={field}
          value={from}
          onChange={(v) => onChange([v, to])}
          error={error}
          label={translate('patron.filter.from')}
          testId="filter-value-from"
        />
        <ScalarEditor
          field={field}
          value={to}
          onChange={(v) => onChange([from, v])}
          error={error}
          label={translate('patron.filter.to')}
          testId="filter-value-to"
        />
      </Stack>
    );
  }
  return (
    <ScalarEditor
      field={field}
      value={value}
      onChange={onChange}
      error={error}
      label={translate('patron.filter.value')}
      testId="filter-value"
    />
  );
}
