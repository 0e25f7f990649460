import { Datagrid, FunctionField, List, SearchInput, useLocale, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { isSortableCustomerField } from '../dataProvider/sortFields';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { AttributeValueField } from './AttributeValueField';
import { CursorPagination } from './CursorPagination';
import { StatusChip } from './StatusChip';

/** Columns: the attributes marked "shown in the list", in registry order, then status and creation date. */
export function CustomerList() {
  const { definitions } = useAttributeRegistry();
  const locale = useLocale();
  const translate = useTranslate();
  const { format } = useCalendar();
  const columns = definitions.filter((d) => d.shownInList && !d.retired);
  return (
    <List
      perPage={25}
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate('patron.customer.search')} />,
      ]}
      pagination={<CursorPagination />}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {columns.map((d) => (
          <AttributeValueField
            key={d.id}
            source={d.key}
            definition={d}
            label={localized(d.label, locale, d.key)}
            sortable={isSortableCustomerField(d.key)}
          />
        ))}
        <FunctionField
          source="status"
          label="patron.status.label"
          sortable={false}
          render={(r) => <StatusChip status={r.status} />}
        />
        <FunctionField
          source="createdAt"
          label="patron.customer.createdAt"
          render={(r) => format(r.createdAt)}
          sx={{ whiteSpace: 'nowrap' }}
        />
      </Datagrid>
    </List>
  );
}
