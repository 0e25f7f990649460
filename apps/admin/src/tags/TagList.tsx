import {
  CreateButton,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  TopToolbar,
  useLocale,
  usePermissions,
} from 'react-admin';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { TagChip } from './TagChip';

/** Every tag with its colour and how many customers carry it; managers create, rename, recolour, delete. */
export function TagList() {
  const locale = useLocale();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('tags.manage'));
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={<TopToolbar>{manage && <CreateButton data-testid="tag-create" />}</TopToolbar>}
    >
      <Datagrid rowClick={manage ? 'edit' : false} bulkActionButtons={false} data-testid="tag-list">
        <FunctionField
          label="patron.tags.name"
          sortable={false}
          render={(t) => <TagChip name={t.name} color={t.color} data-testid={`tag-${t.name}`} />}
        />
        <FunctionField
          label="patron.tags.color"
          sortable={false}
          render={(t) => <span dir="ltr">{t.color}</span>}
        />
        <FunctionField
          label="patron.tags.customers"
          sortable={false}
          render={(t) => (
            <span data-testid="tag-count">{numberFormat(localeTag(locale)).format(t.customerCount)}</span>
          )}
        />
        {manage && (
          <FunctionField
            label={false}
            render={(t) => (
              <DeleteWithConfirmButton
                mutationMode="pessimistic"
                confirmTitle="patron.tags.deleteTitle"
                confirmContent="patron.tags.deleteContent"
                translateOptions={{ name: t.name, smart_count: t.customerCount }}
                data-testid={`tag-delete-${t.name}`}
              />
            )}
          />
        )}
      </Datagrid>
    </List>
  );
}
