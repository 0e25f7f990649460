import {
  BooleanField,
  BooleanInput,
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import { localized } from '../i18n/localized';
import { AttributeRowActions } from './AttributeRowActions';
import { useAttributeFormats } from './FormatInput';
import { useAttributeRegistry } from './useAttributeRegistry';

const filters = [
  <BooleanInput
    key="showRetired"
    source="showRetired"
    label="patron.attributes.showRetired"
    alwaysOn
    // MUI pulls a switch's label back by the switch's padding; in the filter bar that put the switch past the list's edge.
    sx={{ '& .MuiFormControlLabel-root': { marginLeft: 0 } }}
  />,
];

/** The attribute registry in card order: group (tab) first, then position within it. */
export function AttributeDefinitionList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { groups } = useAttributeRegistry();
  const formats = useAttributeFormats();
  const groupLabel = (key: string) => localized(groups.find((g) => g.key === key)?.label, locale, key);
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} rowSx={(r) => (r.retired ? { opacity: 0.55 } : {})}>
        <FunctionField label="patron.attributes.group" render={(r) => groupLabel(r.group)} sortable={false} />
        <FunctionField
          label="patron.attributes.label"
          render={(r) => localized(r.label, locale, r.key)}
          sortable={false}
        />
        <TextField source="key" label="patron.attributes.key" sortable={false} />
        <FunctionField
          label="patron.attributes.type"
          render={(r) => {
            const type = translate(`patron.attributes.types.${r.type}`);
            if (!r.format) return type;
            const format = formats?.find((f) => f.key === r.format);
            const named = format
              ? localized(format.label, locale, r.format)
              : `${r.format} (${translate('patron.attributes.formatMissingShort')})`;
            return `${type}${translate('patron.separator')}${named}`;
          }}
          sortable={false}
        />
        <BooleanField source="required" label="patron.attributes.required" sortable={false} />
        <BooleanField source="shownInList" label="patron.attributes.shownInList" sortable={false} />
        <BooleanField source="system" label="patron.attributes.system" sortable={false} />
        <BooleanField source="retired" label="patron.attributes.retired" sortable={false} />
        <FunctionField label={false} render={() => <AttributeRowActions />} />
      </Datagrid>
    </List>
  );
}
