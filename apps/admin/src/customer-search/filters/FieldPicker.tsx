import { Autocomplete, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../../attributes/useAttributeRegistry';
import { localized } from '../../i18n/localized';
import { type CustomerField, useCustomerFields } from '../fields/useCustomerFields';

interface Option {
  key: string;
  label: string;
  group: string;
}

/**
 * The field of a condition: typed to find, listed under the attribute groups of the card (the tabs
 * staff know), then the customer record's own fields, then what loyalty and activity compute.
 */
export function FieldPicker({ value, onChange }: { value: string; onChange(key: string): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { fields, label } = useCustomerFields();
  const { definitions, groups } = useAttributeRegistry();
  const options = useMemo(() => {
    const groupOf = new Map(definitions.map((d) => [d.key, d.group]));
    const groupLabel = new Map(groups.map((g) => [g.key, localized(g.label, locale, g.key)]));
    const rank = new Map(groups.map((g, i) => [g.key, i]));
    const place = (f: CustomerField): [number, string] => {
      const attributeGroup = f.source === 'attribute' ? groupOf.get(f.key) : undefined;
      if (attributeGroup !== undefined)
        return [rank.get(attributeGroup) ?? groups.length, groupLabel.get(attributeGroup) ?? attributeGroup];
      if (f.source === 'system') return [groups.length + 1, translate('patron.filter.fieldGroups.system')];
      return [groups.length + 2, translate('patron.filter.fieldGroups.computed')];
    };
    // Autocomplete wants options of a group next to each other; the sort is stable within a group.
    return fields
      .filter((f) => f.operators.length > 0)
      .map((f, i) => ({ f, i, at: place(f) }))
      .sort((a, b) => a.at[0] - b.at[0] || a.i - b.i)
      .map(({ f, at }): Option => ({ key: f.key, label: label(f.key), group: at[1] }));
  }, [fields, definitions, groups, locale, label, translate]);
  const selected = options.find((o) => o.key === value) ?? null;
  return (
    <Autocomplete
      size="small"
      options={options}
      value={selected}
      groupBy={(o) => o.group}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.key === b.key}
      onChange={(_e, next) => next && onChange(next.key)}
      openOnFocus
      autoHighlight
      disableClearable={selected !== null}
      sx={{ minWidth: 200, flex: '0 1 240px' }}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props} data-testid={`filter-field-option-${o.key}`} dir="auto">
          {o.label}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('patron.filter.field')}
          placeholder={translate('patron.filter.fieldSearch')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'filter-field', dir: 'auto' } }}
        />
      )}
    />
  );
}
