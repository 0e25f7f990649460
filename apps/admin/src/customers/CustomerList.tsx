import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, SearchInput, useLocale, useTranslate } from 'react-admin';
import { SORTABLE_CUSTOMER_FIELDS } from '../api/dataProvider';
import { localized, useAttributeRegistry } from '../api/registry';
import { useCalendar } from '../preferences/useCalendar';
import { AttributeField } from './AttributeField';
import { CursorPagination } from './CursorPagination';

/** Columns are the attributes marked "shown in the list", in registry order. */
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
          <AttributeField
            key={d.id}
            source={d.key}
            definition={d}
            label={localized(d.label, locale, d.key)}
            sortable={SORTABLE_CUSTOMER_FIELDS.includes(d.key)}
          />
        ))}
        <FunctionField
          source="status"
          label="patron.status.label"
          sortable={false}
          render={(r) => (
            <Chip
              size="small"
              color={r.status === 'ACTIVE' ? 'success' : 'default'}
              label={translate(`patron.status.${r.status}`)}
            />
          )}
        />
        <FunctionField
          source="createdAt"
          label="patron.customer.createdAt"
          render={(r) => format(r.createdAt)}
        />
      </Datagrid>
    </List>
  );
}
