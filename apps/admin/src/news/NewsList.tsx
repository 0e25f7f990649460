import PushPin from '@mui/icons-material/PushPin';
import { Chip, Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  SelectInput,
  TopToolbar,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { NewsPostFieldsFragment as Row } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useCalendar } from '../preferences/useCalendar';
import { newsTitle } from './newsTitle';

const STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'EXPIRED'] as const;
const COLOR = { DRAFT: 'default', SCHEDULED: 'info', LIVE: 'success', EXPIRED: 'warning' } as const;

/** News posts, pinned first, then drafts and the newest: status, window, audience, how many read each. */
export function NewsList() {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const manage = Boolean(permissions?.includes('news.manage'));
  const filters = [
    <SelectInput
      key="status"
      source="status"
      label="patron.news.status"
      alwaysOn
      emptyText="patron.news.all"
      choices={STATUSES.map((s) => ({ id: s, name: `patron.news.statuses.${s}` }))}
      data-testid="news-status-filter"
    />,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={<TopToolbar>{manage && <CreateButton data-testid="news-create" />}</TopToolbar>}
      empty={false}
    >
      <Datagrid rowClick={manage ? 'edit' : false} bulkActionButtons={false} data-testid="news-list">
        <FunctionField
          label="patron.news.title"
          sortable={false}
          render={(p: Row) => (
            <Stack direction="row" gap={0.5} alignItems="center">
              {p.pinned && (
                <PushPin fontSize="small" color="action" aria-label={translate('patron.news.pinned')} />
              )}
              <strong dir="auto" data-testid={`news-row-${p.id}`}>
                {newsTitle(p.title, locale)}
              </strong>
            </Stack>
          )}
        />
        <FunctionField
          label="patron.news.status"
          sortable={false}
          render={(p: Row) => (
            <Chip
              size="small"
              color={COLOR[p.status]}
              label={translate(`patron.news.statuses.${p.status}`)}
              data-testid={`news-status-${p.id}`}
            />
          )}
        />
        <FunctionField
          label="patron.news.publishAt"
          sortable={false}
          render={(p: Row) => (p.publishAt ? format(p.publishAt, true) : '—')}
        />
        <FunctionField
          label="patron.news.expiresAt"
          sortable={false}
          render={(p: Row) => (p.expiresAt ? format(p.expiresAt, true) : '—')}
        />
        <FunctionField
          label="patron.news.audience"
          sortable={false}
          render={(p: Row) =>
            p.segmentId ? (
              <span dir="auto">
                {p.segmentName ??
                  translate(p.segmentPrivate ? 'patron.news.segmentPrivate' : 'patron.news.segmentGone')}
              </span>
            ) : (
              translate('patron.news.everyone')
            )
          }
        />
        <FunctionField
          label="patron.news.readCount"
          sortable={false}
          render={(p: Row) => numberFormat(localeTag(locale)).format(p.readCount)}
        />
        {manage && (
          <FunctionField
            label={false}
            render={(p: Row) => (
              <DeleteWithConfirmButton
                mutationMode="pessimistic"
                confirmTitle="patron.news.deleteTitle"
                confirmContent="patron.news.deleteContent"
                translateOptions={{ title: newsTitle(p.title, locale) }}
                data-testid={`news-delete-${p.id}`}
              />
            )}
          />
        )}
      </Datagrid>
    </List>
  );
}
