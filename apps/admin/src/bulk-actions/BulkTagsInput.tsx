import { Autocomplete, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TagChip } from '../tags/TagChip';
import { type Tag, useTags } from '../tags/useTags';

/** Tags to add, remove or set, picked by name. */
export function BulkTagsInput({ value, onChange }: { value: Tag[]; onChange(tags: Tag[]): void }) {
  const translate = useTranslate();
  const { tags } = useTags();
  return (
    <Autocomplete
      multiple
      options={tags}
      value={value}
      onChange={(_e, next) => onChange(next)}
      getOptionLabel={(t) => t.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={({ key, ...props }, t) => (
        <li key={key} {...props} data-testid={`bulk-tag-option-${t.name}`}>
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
          label={translate('patron.tags.label')}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': 'bulk-tags' } }}
        />
      )}
    />
  );
}
