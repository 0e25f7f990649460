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
import type { RoleFieldsFragment } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';

/** The workspace's roles: shipped first, with how many permissions and staff members each has. */
export function RoleList() {
  const locale = useLocale();
  const translate = useTranslate();
  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      empty={false}
      actions={
        <TopToolbar>
          <CreateButton data-testid="role-create" />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} data-testid="role-list">
        <FunctionField
          label="patron.roleAdmin.name"
          sortable={false}
          render={(r: RoleFieldsFragment) => (
            <span data-testid="role-name">
              {localized(r.name, locale, r.key)}{' '}
              {r.shipped && (
                <Chip size="small" variant="outlined" label={translate('patron.roleAdmin.shipped')} />
              )}
            </span>
          )}
        />
        <FunctionField
          label="patron.roleAdmin.key"
          sortable={false}
          render={(r: RoleFieldsFragment) => <bdi>{r.key}</bdi>}
        />
        <FunctionField
          label="patron.roleAdmin.permissionCount"
          sortable={false}
          render={(r: RoleFieldsFragment) => number(r.permissions.length)}
        />
        <FunctionField
          label="patron.roleAdmin.staffCount"
          sortable={false}
          render={(r: RoleFieldsFragment) => number(r.staffCount)}
        />
      </Datagrid>
    </List>
  );
}
