import { Autocomplete, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRefresh, useResourceDefinition, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { SetCustomerTagsMutation } from './documents';
import { TagChip } from './TagChip';
import { type Tag, useTags } from './useTags';

type CardTag = { id: string; name: string; color: string };

/** The card's tags: chips, and for those who may edit customers, a picker that adds and removes them. */
export function CustomerTagEditor() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { hasEdit } = useResourceDefinition();
  const { tags } = useTags();
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  const placeholder = translate('patron.tags.add');
  const current = (record.tags ?? []) as CardTag[];

  if (!hasEdit) {
    return (
      <Stack direction="row" gap={0.5} flexWrap="wrap" data-testid="customer-tags">
        {current.length
          ? current.map((t) => <TagChip key={t.id} name={t.name} color={t.color} />)
          : translate('patron.empty')}
      </Stack>
    );
  }

  const save = async (next: CardTag[]) => {
    setSaving(true);
    try {
      await apollo.mutate({
        mutation: SetCustomerTagsMutation,
        variables: { customerId: String(record.id), tagIds: next.map((t) => t.id) },
      });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Autocomplete<CardTag | Tag, true, true>
      multiple
      disableClearable
      disabled={saving}
      options={tags}
      value={current}
      onChange={(_e, next) => void save(next)}
      getOptionLabel={(t) => t.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterSelectedOptions
      // The input keeps room for its whole placeholder, on a line of its own when the chips leave too little.
      sx={{
        minWidth: 320,
        maxWidth: 560,
        '& .MuiAutocomplete-inputRoot .MuiAutocomplete-input': { minWidth: `${placeholder.length + 2}ch` },
      }}
      data-testid="customer-tags"
      renderOption={({ key, ...props }, t) => (
        <li key={key} {...props} data-testid={`tag-option-${t.name}`}>
          <TagChip name={t.name} color={t.color} />
        </li>
      )}
      renderValue={(selected, getItemProps) =>
        selected.map((t, index) => {
          const { key, ...item } = getItemProps({ index });
          return <TagChip key={key} {...item} name={t.name} color={t.color} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          size="small"
          variant="standard"
          placeholder={placeholder}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'customer-tags-input' } }}
        />
      )}
    />
  );
}
