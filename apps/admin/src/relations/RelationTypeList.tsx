import {
  CreateButton,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { localized } from '../i18n/localized';

/** The shipped relation types and the workspace's own; managers add, rename and delete their own. */
export function RelationTypeList() {
  const locale = useLocale();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('relations.manageTypes'));
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={<TopToolbar>{manage && <CreateButton data-testid="relation-type-create" />}</TopToolbar>}
    >
      <Datagrid
        rowClick={(_id, _resource, t) => (manage && !t.shipped ? 'edit' : false)}
        bulkActionButtons={false}
        data-testid="relation-type-list"
      >
        <FunctionField
          label="patron.relationTypes.name"
          sortable={false}
          render={(t) => localized(t.name, locale, t.key)}
        />
        <FunctionField
          label="patron.relationTypes.inverseName"
          sortable={false}
          render={(t) =>
            t.inverseName
              ? localized(t.inverseName, locale, t.key)
              : translate('patron.relationTypes.symmetric')
          }
        />
        <TextField source="key" label="patron.relationTypes.key" sortable={false} />
        <FunctionField
          label="patron.relationTypes.relations"
          sortable={false}
          render={(t) => numberFormat(localeTag(locale)).format(t.relationCount)}
        />
        {manage && (
          <FunctionField
            label={false}
            render={(t) =>
              t.shipped ? (
                translate('patron.relationTypes.shipped')
              ) : (
                <DeleteWithConfirmButton
                  mutationMode="pessimistic"
                  confirmTitle="patron.relationTypes.deleteTitle"
                  confirmContent="patron.relationTypes.deleteContent"
                  translateOptions={{ name: localized(t.name, locale, t.key) }}
                  data-testid={`relation-type-delete-${t.key}`}
                />
              )
            }
          />
        )}
      </Datagrid>
    </List>
  );
}
