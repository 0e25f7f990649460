import {
  CreateButton,
  Datagrid,
  DeleteButton,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useCalendar } from '../preferences/useCalendar';

interface Row {
  id: string;
  channel: string;
  contents: { language: string }[];
  updatedAt: string;
}

/** The workspace's message templates, by name. */
export function TemplateList() {
  const translate = useTranslate();
  const { formatShort } = useCalendar();
  return (
    <List
      pagination={false}
      perPage={1000}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton data-testid="template-create" />
        </TopToolbar>
      }
      empty={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} data-testid="template-list">
        <TextField source="name" label="patron.templates.name" sortable={false} />
        <FunctionField<Row>
          label="patron.templates.channel"
          sortable={false}
          render={(t) => translate(`patron.templates.channels.${t.channel}`, { _: t.channel })}
        />
        <FunctionField<Row>
          label="patron.templates.languages"
          sortable={false}
          render={(t) =>
            t.contents
              .map((c) => translate(`patron.templates.language.${c.language.toLowerCase()}`))
              .join(translate('patron.comma'))
          }
        />
        <FunctionField<Row>
          label="patron.templates.updatedAt"
          sortable={false}
          render={(t) => formatShort(t.updatedAt, true)}
        />
        <DeleteButton mutationMode="pessimistic" />
      </Datagrid>
    </List>
  );
}
