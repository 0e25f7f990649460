import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useRefresh, useResourceDefinition, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { TagChip } from '../tags/TagChip';
import { SetCustomerCategoryMutation } from './documents';
import { useCategories } from './useCategories';

type CardCategory = { id: string; name: string; color: string } | null | undefined;

/** The card's category: a chip, and for those who may edit customers, a select of the workspace's categories. */
export function CustomerCategoryPicker() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { hasEdit } = useResourceDefinition();
  const { categories } = useCategories();
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  const current = record.category as CardCategory;

  if (!hasEdit || record.mainCustomerId) {
    return current ? (
      <TagChip name={current.name} color={current.color} data-testid="customer-category" />
    ) : (
      <span data-testid="customer-category">{translate('patron.empty')}</span>
    );
  }

  const save = async (categoryId: string) => {
    setSaving(true);
    try {
      await apollo.mutate({
        mutation: SetCustomerCategoryMutation,
        variables: { customerId: String(record.id), categoryId: categoryId || null },
      });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <TextField
      select
      size="small"
      variant="standard"
      disabled={saving}
      value={current?.id ?? ''}
      onChange={(e) => void save(e.target.value)}
      sx={{ minWidth: 220 }}
      slotProps={{
        select: { displayEmpty: true, 'data-testid': 'customer-category' } as object,
        htmlInput: { 'aria-label': translate('patron.categories.label') },
      }}
    >
      <MenuItem value="" data-testid="category-option-none">
        {translate('patron.categories.none')}
      </MenuItem>
      {categories.map((c) => (
        <MenuItem key={c.id} value={c.id} data-testid={`category-option-${c.name}`}>
          <TagChip name={c.name} color={c.color} />
        </MenuItem>
      ))}
    </TextField>
  );
}
