import { Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { MailingFieldsFragment } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useCalendar } from '../preferences/useCalendar';
import { StateChip } from './StateChip';
import { formatInZone } from './zonedTime';

/** Mailings, newest first: channel, state, when (the workspace's clock, the reader's calendar), counts. */
export function MailingList() {
  const translate = useTranslate();
  const locale = useLocale();
  const { calendar, formatShort } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('mailings.manage'));
  const n = (v: number) => numberFormat(localeTag(locale)).format(v);
  return (
    <List
      exporter={false}
      empty={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<TopToolbar>{manage && <CreateButton data-testid="mailing-create" />}</TopToolbar>}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="mailing-list" empty={<NoMailings />}>
        <FunctionField
          label="patron.mailings.name"
          sortable={false}
          render={(m: MailingFieldsFragment) => <span data-testid="mailing-name">{m.name}</span>}
        />
        <FunctionField
          label="patron.mailings.channel"
          sortable={false}
          render={(m: MailingFieldsFragment) =>
            translate(`patron.mailings.channels.${m.channel}`, { _: m.channel })
          }
        />
        <FunctionField
          label="patron.mailings.state"
          sortable={false}
          render={(m: MailingFieldsFragment) => <StateChip state={m.state} />}
        />
        <FunctionField
          label="patron.mailings.scheduledAt"
          sortable={false}
          render={(m: MailingFieldsFragment) =>
            m.scheduledAt
              ? formatInZone(m.scheduledAt, locale, calendar, m.timeZone)
              : translate('patron.mailings.sendNow')
          }
        />
        <FunctionField
          label="patron.mailings.recipients"
          sortable={false}
          render={(m: MailingFieldsFragment) => (
            <span data-testid="mailing-counts">
              {n(m.counts.recipients)}
              {translate('patron.separator')}
              {translate('patron.mailings.messageStates.SENT')} {n(m.counts.sent + m.counts.delivered)}
              {translate('patron.separator')}
              {translate('patron.mailings.messageStates.FAILED')} {n(m.counts.failed)}
            </span>
          )}
        />
        <FunctionField
          label="patron.mailings.createdAt"
          sortable={false}
          render={(m: MailingFieldsFragment) => formatShort(m.createdAt)}
        />
      </Datagrid>
    </List>
  );
}

function NoMailings() {
  const translate = useTranslate();
  return (
    <Stack sx={{ p: 2, color: 'text.secondary' }} data-testid="mailings-empty">
      {translate('patron.mailings.none')}
    </Stack>
  );
}
