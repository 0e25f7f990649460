import { SelectInput, useLocale, type Validator } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { useGroups } from './useGroups';

const groupRequired: Validator = (value, all) =>
  all.source === 'group' && !value ? 'ra.validation.required' : undefined;

/** The bulk wizard's third source: every member of a manual group. */
export function GroupSourceInput() {
  const locale = useLocale();
  const { groups } = useGroups();
  return (
    <SelectInput
      source="groupId"
      label="patron.balanceBatches.group"
      validate={groupRequired}
      choices={groups.map((g) => ({
        id: g.id,
        name: `${g.name} (${formatAmount(g.memberCount, 0, locale)})`,
      }))}
      helperText={false}
    />
  );
}
