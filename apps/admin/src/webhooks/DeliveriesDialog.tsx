import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { WebhookFieldsFragment } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { DeliveryState } from './DeliveryState';
import { RedeliverWebhookMutation, WebhookDeliveriesQuery } from './documents';

const PAGE = 50;

/** A webhook's deliveries, newest first: when, which event, how it went, each with "Send again". */
export function DeliveriesDialog({ webhook, onClose }: { webhook: WebhookFieldsFragment; onClose(): void }) {
  const translate = useTranslate();
  const { format } = useCalendar();
  const refused = useNotifyRefusal();
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookDeliveriesQuery, {
    variables: { webhookId: webhook.id, first: PAGE },
    fetchPolicy: 'network-only',
  });
  const page = data?.webhookDeliveries;
  const again = async (deliveryId: string) => {
    try {
      await apollo.mutate({ mutation: RedeliverWebhookMutation, variables: { deliveryId } });
      await refetch();
    } catch (e) {
      refused(e);
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      slotProps={{ paper: { 'data-testid': 'webhook-deliveries' } as object }}
    >
      <DialogTitle>{translate('patron.webhooks.deliveriesTitle', { name: webhook.name })}</DialogTitle>
      <DialogContent>
        {loading && <LinearProgress />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {page && page.edges.length === 0 && (
          <Typography color="text.secondary">{translate('patron.webhooks.noDeliveries')}</Typography>
        )}
        {page && page.edges.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('patron.webhooks.time')}</TableCell>
                  <TableCell>{translate('patron.webhooks.event')}</TableCell>
                  <TableCell>{translate('patron.webhooks.status')}</TableCell>
                  <TableCell>{translate('patron.webhooks.attempts')}</TableCell>
                  <TableCell>{translate('patron.webhooks.response')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {page.edges.map(({ node: d }) => {
                  const last = d.attempts.at(-1);
                  return (
                    <TableRow key={d.id} data-testid={`webhook-delivery-${d.type}`}>
                      <TableCell>{format(d.createdAt, true)}</TableCell>
                      <TableCell dir="ltr" sx={{ fontFamily: 'monospace' }}>
                        {d.type}
                      </TableCell>
                      <TableCell>
                        <DeliveryState state={d.state} />
                      </TableCell>
                      <TableCell>{d.attempts.length}</TableCell>
                      <TableCell>
                        <span dir="ltr">{last ? (last.status ?? '—') : '—'}</span>
                        {last?.error && (
                          <Typography variant="caption" color="text.secondary" component="div" dir="auto">
                            {last.error}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right">
                        <Button size="small" onClick={() => again(d.id)} data-testid="webhook-redeliver">
                          {translate('patron.webhooks.sendAgain')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {page?.pageInfo.hasNextPage && (
          <Button onClick={() => fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            {translate('patron.webhooks.more')}
          </Button>
        )}
        <Button onClick={() => refetch()} data-testid="webhook-deliveries-refresh">
          {translate('patron.webhooks.refresh')}
        </Button>
        <Button onClick={onClose}>{translate('patron.webhooks.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
