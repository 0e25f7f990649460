import { Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { formatAmount } from '../common/amounts';
import { useCalendar } from '../preferences/useCalendar';

/** Manual groups, by name, with how many live customers each has. */
export function GroupList() {
  const locale = useLocale();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const configure = Boolean(permissions?.includes('loyalty.configure'));
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      empty={false}
      actions={<TopToolbar>{configure && <CreateButton data-testid="group-create" />}</TopToolbar>}
    >
      <Datagrid
        rowClick={configure ? 'edit' : false}
        bulkActionButtons={false}
        data-testid="group-list"
        empty={<NoGroups />}
      >
        <FunctionField
          label="patron.groups.name"
          sortable={false}
          render={(g) => <span data-testid="group-name">{g.name}</span>}
        />
        <TextField source="description" label="patron.groups.description" sortable={false} emptyText="—" />
        <FunctionField
          label="patron.groups.members"
          sortable={false}
          render={(g) => (
            <span data-testid="group-members" data-count={g.memberCount}>
              {formatAmount(g.memberCount, 0, locale)}
            </span>
          )}
        />
        <FunctionField label="patron.groups.createdAt" sortable={false} render={(g) => format(g.createdAt)} />
      </Datagrid>
    </List>
  );
}

function NoGroups() {
  const translate = useTranslate();
  return (
    <Stack sx={{ p: 2, color: 'text.secondary' }} data-testid="groups-empty">
      {translate('patron.groups.none')}
    </Stack>
  );
}
