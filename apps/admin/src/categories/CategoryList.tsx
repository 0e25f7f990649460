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
import { TagChip } from '../tags/TagChip';

/** Every category with its colour and how many customers are in it; managers create, rename, recolour, delete. */
export function CategoryList() {
  const locale = useLocale();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('categories.manage'));
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={<TopToolbar>{manage && <CreateButton data-testid="category-create" />}</TopToolbar>}
      empty={false}
    >
      <Datagrid rowClick={manage ? 'edit' : false} bulkActionButtons={false} data-testid="category-list">
        <FunctionField
          label="patron.categories.name"
          sortable={false}
          render={(c) => <TagChip name={c.name} color={c.color} data-testid={`category-${c.name}`} />}
        />
        <FunctionField
          label="patron.categories.color"
          sortable={false}
          render={(c) => <span dir="ltr">{c.color}</span>}
        />
        <FunctionField
          label="patron.categories.customers"
          sortable={false}
          render={(c) => numberFormat(localeTag(locale)).format(c.customerCount)}
        />
        {manage && (
          <FunctionField
            label={false}
            render={(c) => (
              <DeleteWithConfirmButton
                mutationMode="pessimistic"
                confirmTitle="patron.categories.deleteTitle"
                confirmContent="patron.categories.deleteContent"
                translateOptions={{ name: c.name, smart_count: c.customerCount }}
                data-testid={`category-delete-${c.name}`}
              />
            )}
          />
        )}
      </Datagrid>
    </List>
  );
}
