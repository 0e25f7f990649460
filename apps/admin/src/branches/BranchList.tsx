import { Chip } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { AllBranchesQuery } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';

type Row = AllBranchesQuery['branches'][number];

/** Every branch by code: name in the UI's language, address, staff bound, open or not; admins edit them. */
export function BranchList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('branches.manage'));
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={<TopToolbar>{manage && <CreateButton data-testid="branch-create" />}</TopToolbar>}
      empty={false}
    >
      <Datagrid rowClick={manage ? 'edit' : false} bulkActionButtons={false} data-testid="branch-list">
        <FunctionField
          label="patron.branches.code"
          sortable={false}
          render={(b: Row) => (
            <bdi dir="ltr" data-testid={`branch-${b.code}`}>
              {b.code}
            </bdi>
          )}
        />
        <FunctionField
          label="patron.branches.name"
          sortable={false}
          render={(b: Row) => <span dir="auto">{localized(b.name, locale, b.code)}</span>}
        />
        <FunctionField
          label="patron.branches.address"
          sortable={false}
          render={(b: Row) => <span dir="auto">{b.address || '—'}</span>}
        />
        <FunctionField
          label="patron.branches.staff"
          sortable={false}
          render={(b: Row) => numberFormat(localeTag(locale)).format(b.staffCount)}
        />
        <FunctionField
          label="patron.branches.status"
          sortable={false}
          render={(b: Row) => (
            <Chip
              size="small"
              color={b.active ? 'success' : 'default'}
              variant={b.active ? 'filled' : 'outlined'}
              label={translate(b.active ? 'patron.branches.open' : 'patron.branches.closed')}
              data-testid={`branch-status-${b.code}`}
            />
          )}
        />
        {manage && (
          <FunctionField
            label={false}
            render={(b: Row) => (
              <DeleteWithConfirmButton
                mutationMode="pessimistic"
                confirmTitle="patron.branches.deleteTitle"
                confirmContent="patron.branches.deleteContent"
                translateOptions={{ name: localized(b.name, locale, b.code) }}
                data-testid={`branch-delete-${b.code}`}
              />
            )}
          />
        )}
      </Datagrid>
    </List>
  );
}
