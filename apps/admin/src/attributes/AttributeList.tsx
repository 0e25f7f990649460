import {
  BooleanField,
  BooleanInput,
  Datagrid,
  FunctionField,
  List,
  TextField,
  useLocale,
  useTranslate,
} from 'react-admin';
import { localized, useAttributeRegistry } from '../api/registry';
import { AttributeRowActions } from './AttributeRowActions';

/** The attribute registry, in group (card tab) and position order. */
export function AttributeList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { groups } = useAttributeRegistry();
  const groupLabel = (key: string) => localized(groups.find((g) => g.key === key)?.label, locale, key);
  return (
    <List
      pagination={false}
      exporter={false}
      perPage={1000}
      filters={[
        <BooleanInput
          key="showRetired"
          source="showRetired"
          label="patron.attributes.showRetired"
          alwaysOn
        />,
      ]}
      sort={{ field: 'position', order: 'ASC' }}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} rowSx={(r) => (r.retired ? { opacity: 0.5 } : {})}>
        <FunctionField label="patron.attributes.group" render={(r) => groupLabel(r.group)} sortable={false} />
        <FunctionField
          label="patron.attributes.label"
          render={(r) => localized(r.label, locale, r.key)}
          sortable={false}
        />
        <TextField source="key" label="patron.attributes.key" sortable={false} />
        <FunctionField
          label="patron.attributes.type"
          render={(r) => translate(`patron.attributes.types.${r.type}`)}
          sortable={false}
        />
        <BooleanField source="required" label="patron.attributes.required" sortable={false} />
        <BooleanField source="shownInList" label="patron.attributes.shownInList" sortable={false} />
        <BooleanField source="system" label="patron.attributes.system" sortable={false} />
        <FunctionField label="" render={() => <AttributeRowActions />} />
      </Datagrid>
    </List>
  );
}
