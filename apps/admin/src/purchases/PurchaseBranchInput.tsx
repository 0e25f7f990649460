import { MenuItem, TextField } from '@mui/material';
import { SelectInput, TextInput, useLocale, useTranslate } from 'react-admin';
import { useBranches, useMyBranch } from '../branches/useBranches';
import { localized } from '../i18n/localized';

const SX = { minWidth: 220, flex: 1 };

/**
 * Where the purchase is recorded. A staff member bound to a branch sees theirs, locked (the server
 * records at it when none is sent); otherwise a choice of the active branches, or none; a workspace
 * without branches keeps the free text of before.
 */
export function PurchaseBranchInput() {
  const translate = useTranslate();
  const locale = useLocale();
  const { branch: mine, loading: meLoading } = useMyBranch();
  const { branches } = useBranches();
  if (mine || meLoading)
    return (
      <TextField
        select
        disabled
        margin="dense"
        size="small"
        label={translate('patron.purchases.branch')}
        value={mine?.code ?? ''}
        helperText={mine ? translate('patron.branches.yours') : ' '}
        sx={SX}
        slotProps={{
          select: { 'data-testid': 'purchase-branch-locked', displayEmpty: true } as object,
        }}
      >
        {mine && <MenuItem value={mine.code}>{localized(mine.name, locale, mine.code)}</MenuItem>}
        {!mine && <MenuItem value="">…</MenuItem>}
      </TextField>
    );
  if (branches.length > 0)
    return (
      <SelectInput
        source="branch"
        label="patron.purchases.branch"
        choices={branches.map((b) => ({ id: b.code, name: localized(b.name, locale, b.code) }))}
        emptyText="patron.branches.none"
        sx={SX}
        data-testid="purchase-branch-select"
      />
    );
  return (
    <TextInput
      source="branch"
      label="patron.purchases.branch"
      slotProps={{ htmlInput: { dir: 'auto', maxLength: 200, 'data-testid': 'purchase-branch' } }}
    />
  );
}
