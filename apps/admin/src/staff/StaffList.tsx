import { Chip } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TopToolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import type { StaffFieldsFragment } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { StaffActions } from './StaffActions';

/** The workspace's staff by name: role, status (active, deactivated, temporary password) and actions. */
export function StaffList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { format } = useCalendar();
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      empty={false}
      actions={
        <TopToolbar>
          <CreateButton data-testid="staff-create" />
        </TopToolbar>
      }
    >
      <Datagrid rowClick={false} bulkActionButtons={false} data-testid="staff-list">
        <FunctionField
          label="patron.staffAdmin.name"
          sortable={false}
          render={(s: StaffFieldsFragment) => <span data-testid="staff-name">{s.name}</span>}
        />
        <FunctionField
          label="patron.staffAdmin.email"
          sortable={false}
          render={(s: StaffFieldsFragment) => <bdi>{s.email}</bdi>}
        />
        <FunctionField
          label="patron.staffAdmin.role"
          sortable={false}
          render={(s: StaffFieldsFragment) => (
            <span data-testid="staff-role">{localized(s.roleName, locale, s.role)}</span>
          )}
        />
        <FunctionField
          label="patron.staffAdmin.branch"
          sortable={false}
          render={(s: StaffFieldsFragment) => (
            <span data-testid="staff-branch" dir="auto">
              {s.branch ? localized(s.branch.name, locale, s.branch.code) : '—'}
            </span>
          )}
        />
        <FunctionField
          label="patron.staffAdmin.status"
          sortable={false}
          render={(s: StaffFieldsFragment) => (
            <span data-testid="staff-status" data-active={s.active}>
              <Chip
                size="small"
                color={s.active ? 'success' : 'default'}
                variant={s.active ? 'filled' : 'outlined'}
                label={translate(s.active ? 'patron.staffAdmin.active' : 'patron.staffAdmin.inactive')}
              />{' '}
              {s.mustChangePassword && (
                <Chip
                  size="small"
                  color="warning"
                  variant="outlined"
                  label={translate('patron.staffAdmin.temporary')}
                />
              )}
            </span>
          )}
        />
        <FunctionField
          label="patron.staffAdmin.twoFactor"
          sortable={false}
          render={(s: StaffFieldsFragment) => (
            <span data-testid="staff-two-factor" data-on={s.twoFactorEnabled}>
              {translate(
                s.twoFactorEnabled ? 'patron.staffAdmin.twoFactorOn' : 'patron.staffAdmin.twoFactorOff',
              )}
            </span>
          )}
        />
        <FunctionField
          label="patron.staffAdmin.since"
          sortable={false}
          render={(s: StaffFieldsFragment) => format(s.createdAt)}
        />
        <FunctionField
          label=""
          sortable={false}
          render={(s: StaffFieldsFragment) => <StaffActions member={s} />}
        />
      </Datagrid>
    </List>
  );
}
