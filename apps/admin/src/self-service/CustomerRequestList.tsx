import { Button, Chip, Link as MuiLink, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  FunctionField,
  InfiniteList,
  SelectInput,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { CustomerRequestFieldsFragment as Row } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { AnswerRequestDialog } from './AnswerRequestDialog';
import { CloseCustomerRequestMutation } from './documents';
import { REQUESTS_PAGE } from './requestData';

const STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
const COLOR = { OPEN: 'warning', ANSWERED: 'success', CLOSED: 'default' } as const;

/** Customers' requests from self-service, newest first: read, answer in a dialog, close. */
export function CustomerRequestList() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const notify = useNotify();
  const refusal = useNotifyRefusal();
  const { format } = useCalendar();
  const [answering, setAnswering] = useState<Row | null>(null);
  const close = async (row: Row) => {
    try {
      await apollo.mutate({ mutation: CloseCustomerRequestMutation, variables: { id: row.id } });
      notify('patron.customerRequests.closedDone', { type: 'info' });
      refresh();
    } catch (error) {
      refusal(error);
    }
  };
  const filters = [
    <SelectInput
      key="status"
      source="status"
      label="patron.customerRequests.status"
      alwaysOn
      emptyText="patron.customerRequests.all"
      choices={STATUSES.map((s) => ({ id: s, name: `patron.customerRequests.statuses.${s}` }))}
      data-testid="request-status-filter"
    />,
  ];
  return (
    <>
      <InfiniteList
        perPage={REQUESTS_PAGE}
        exporter={false}
        filters={filters}
        filterDefaultValues={{ status: 'OPEN' }}
        empty={false}
      >
        <Datagrid rowClick={false} bulkActionButtons={false} data-testid="request-list">
          <FunctionField
            label="patron.customerRequests.sent"
            sortable={false}
            render={(r: Row) => format(r.createdAt, true)}
          />
          <FunctionField
            label="patron.customerRequests.customer"
            sortable={false}
            render={(r: Row) => (
              <MuiLink component={Link} to={`/customers/${r.customerId}/show`} dir="auto">
                {r.customerName || translate('patron.customerRequests.noName')}
              </MuiLink>
            )}
          />
          <FunctionField
            label="patron.customerRequests.request"
            sortable={false}
            render={(r: Row) => (
              <Stack data-testid={`request-${r.id}`}>
                <strong dir="auto">{r.subject}</strong>
                <span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.text}
                </span>
              </Stack>
            )}
          />
          <FunctionField
            label="patron.customerRequests.answer"
            sortable={false}
            render={(r: Row) =>
              r.answer ? (
                <Stack>
                  <span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.answer}
                  </span>
                  <small dir="auto">{r.answeredBy?.name}</small>
                </Stack>
              ) : (
                '—'
              )
            }
          />
          <FunctionField
            label="patron.customerRequests.status"
            sortable={false}
            render={(r: Row) => (
              <Chip
                size="small"
                color={COLOR[r.status]}
                label={translate(`patron.customerRequests.statuses.${r.status}`)}
                data-testid={`request-status-${r.id}`}
              />
            )}
          />
          <FunctionField
            label={false}
            render={(r: Row) =>
              r.status === 'CLOSED' ? null : (
                <Stack direction="row" spacing={1}>
                  <Button size="small" onClick={() => setAnswering(r)} data-testid={`request-answer-${r.id}`}>
                    {translate(r.answer ? 'patron.customerRequests.edit' : 'patron.customerRequests.reply')}
                  </Button>
                  <Button size="small" onClick={() => void close(r)} data-testid={`request-close-${r.id}`}>
                    {translate('patron.customerRequests.close')}
                  </Button>
                </Stack>
              )
            }
          />
        </Datagrid>
      </InfiniteList>
      <AnswerRequestDialog request={answering} onClose={() => setAnswering(null)} onDone={refresh} />
    </>
  );
}
