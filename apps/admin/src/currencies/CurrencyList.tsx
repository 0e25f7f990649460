import {
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
} from 'react-admin';
import { formatAmount } from '../common/amounts';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';

/** The balances the workspace keeps, in the order cards and columns show them. */
export function CurrencyList() {
  const locale = useLocale();
  const number = (value: number, decimals = 0) => formatAmount(value, decimals, locale);
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton data-testid="currency-create" />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} data-testid="currency-list">
        <FunctionField
          label="patron.currencies.position"
          sortable={false}
          render={(c) => number(c.position)}
        />
        <FunctionField
          label="patron.currencies.name"
          sortable={false}
          render={(c) => <span data-testid={`currency-${c.key}`}>{localized(c.name, locale, c.key)}</span>}
        />
        <TextField source="key" label="patron.currencies.key" sortable={false} />
        <FunctionField
          label="patron.currencies.decimals"
          sortable={false}
          render={(c) => number(c.decimals)}
        />
        <FunctionField
          label="patron.currencies.unitValue"
          sortable={false}
          render={(c) => numberFormat(localeTag(locale), { maximumFractionDigits: 6 }).format(c.unitValue)}
        />
        <BooleanField source="spendable" label="patron.currencies.spendable" sortable={false} />
      </Datagrid>
    </List>
  );
}
