import {
  BooleanField,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import { formatAmount, formatUnitValue } from '../common/amounts';
import { localized } from '../i18n/localized';

/** The balances the workspace keeps, in the order cards and columns show them. */
export function CurrencyList() {
  const locale = useLocale();
  const translate = useTranslate();
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
          render={(c) => (
            <span data-testid={`currency-value-${c.key}`}>
              {formatUnitValue(c.unitValue, locale) ?? translate('patron.currencies.noValue')}
            </span>
          )}
        />
        <BooleanField source="spendable" label="patron.currencies.spendable" sortable={false} />
      </Datagrid>
    </List>
  );
}
