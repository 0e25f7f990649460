import { Chip } from '@mui/material';
import {
  DeleteWithConfirmButton,
  EditButton,
  FunctionField,
  Labeled,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import { localized, useAttributeRegistry } from '../api/registry';
import { useCalendar } from '../preferences/useCalendar';
import { AttributeField } from './AttributeField';
import { CustomerHistory } from './CustomerHistory';
import { CustomerStatusButton } from './CustomerStatusButton';

function CustomerActions() {
  return (
    <TopToolbar>
      <CustomerStatusButton />
      <EditButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

/** The customer card: a tab per attribute group, then the history timeline. */
export function CustomerShow() {
  const { definitions, groups } = useAttributeRegistry();
  const locale = useLocale();
  const translate = useTranslate();
  const { format } = useCalendar();
  const live = definitions.filter((d) => !d.retired);
  const tabs = groups.filter((g) => live.some((d) => d.group === g.key));
  return (
    <Show actions={<CustomerActions />}>
      <TabbedShowLayout>
        {tabs.map((g, i) => (
          <TabbedShowLayout.Tab
            key={g.key}
            label={localized(g.label, locale, g.key)}
            path={i === 0 ? undefined : g.key}
          >
            {i === 0 && (
              <FunctionField
                label="patron.status.label"
                render={(r) => (
                  <Chip
                    size="small"
                    color={r.status === 'ACTIVE' ? 'success' : 'default'}
                    label={translate(`patron.status.${r.status}`)}
                  />
                )}
              />
            )}
            {live
              .filter((d) => d.group === g.key)
              .map((d) => (
                <Labeled key={d.id} label={localized(d.label, locale, d.key)}>
                  <AttributeField source={d.key} definition={d} />
                </Labeled>
              ))}
            {i === 0 && (
              <FunctionField label="patron.customer.createdAt" render={(r) => format(r.createdAt, true)} />
            )}
          </TabbedShowLayout.Tab>
        ))}
        <TabbedShowLayout.Tab label="patron.customer.history" path="history">
          <CustomerHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
