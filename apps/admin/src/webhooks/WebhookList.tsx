import { useQuery } from '@apollo/client/react';
import Add from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog } from '../common/FormDialog';
import { ListCard } from '../common/ListCard';
import { SecretShownOnce } from '../common/SecretShownOnce';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { WebhookFieldsFragment as Row } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { DeliveriesDialog } from './DeliveriesDialog';
import { DeliveryState } from './DeliveryState';
import {
  DeleteWebhookMutation,
  RotateWebhookSecretMutation,
  SendTestWebhookMutation,
  WebhooksQuery,
} from './documents';
import { WebhookDialog } from './WebhookDialog';

/** The workspace's webhooks: where each sends, which events, how its last delivery went. */
export function WebhookList() {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const { format } = useCalendar();
  const { data, loading, error, refetch } = useQuery(WebhooksQuery, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState<Row | null | undefined>(undefined);
  const [deliveriesOf, setDeliveriesOf] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const webhooks = data?.webhooks ?? [];

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refetch();
    } catch (e) {
      refused(e);
    }
  };
  const sendTest = (w: Row) =>
    act(async () => {
      await apollo.mutate({ mutation: SendTestWebhookMutation, variables: { id: w.id } });
      notify('patron.webhooks.testSent', { type: 'info' });
    });
  const rotate = (w: Row) =>
    act(async () => {
      const result = await apollo.mutate({ mutation: RotateWebhookSecretMutation, variables: { id: w.id } });
      if (result.data) setSecret(result.data.rotateWebhookSecret.secret);
    });

  return (
    <>
      <ListCard
        testId="webhooks"
        texts="patron.webhooks"
        loading={loading}
        failed={Boolean(error)}
        rows={data ? webhooks.length : undefined}
        action={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setEditing(null)}
            data-testid="webhook-create"
            sx={{ flexShrink: 0 }}
          >
            {translate('patron.webhooks.create')}
          </Button>
        }
      >
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="webhook-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.webhooks.name')}</TableCell>
                <TableCell>{translate('patron.webhooks.events')}</TableCell>
                <TableCell>{translate('patron.webhooks.status')}</TableCell>
                <TableCell>{translate('patron.webhooks.lastDelivery')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {webhooks.map((w) => (
                <TableRow key={w.id} data-testid={`webhook-row-${w.name}`}>
                  <TableCell>
                    <Typography variant="body2" dir="auto">
                      {w.name}
                    </Typography>
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      sx={{ fontFamily: 'monospace' }}
                      dir="ltr"
                    >
                      {w.url}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                      {w.events.map((e) => (
                        <Chip
                          key={e}
                          size="small"
                          variant="outlined"
                          dir="ltr"
                          label={e === '*' ? translate('patron.webhooks.allEvents') : e}
                        />
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={w.enabled ? 'success' : 'default'}
                      label={translate(w.enabled ? 'patron.webhooks.enabled' : 'patron.webhooks.disabled')}
                    />
                  </TableCell>
                  <TableCell data-testid="webhook-last">
                    {w.lastDelivery ? (
                      <Stack sx={{ gap: 0.5, alignItems: 'flex-start' }}>
                        <DeliveryState state={w.lastDelivery.state} />
                        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                          {format(w.lastDelivery.createdAt, true)}
                        </Typography>
                      </Stack>
                    ) : (
                      translate('patron.webhooks.never')
                    )}
                  </TableCell>
                  <TableCell>
                    {/* Wraps rather than scrolls: the longest labels (Russian) keep every action in view. */}
                    <Stack
                      direction="row"
                      sx={{ flexWrap: 'wrap', justifyContent: 'flex-end', columnGap: 0.5 }}
                    >
                      <Button
                        size="small"
                        onClick={() => setDeliveriesOf(w)}
                        data-testid="webhook-deliveries-open"
                      >
                        {translate('patron.webhooks.deliveries')}
                      </Button>
                      <Button size="small" onClick={() => sendTest(w)} data-testid="webhook-test">
                        {translate('patron.webhooks.sendTest')}
                      </Button>
                      <Button size="small" onClick={() => setEditing(w)} data-testid="webhook-edit">
                        {translate('patron.webhooks.edit')}
                      </Button>
                      <Button size="small" onClick={() => rotate(w)} data-testid="webhook-rotate">
                        {translate('patron.webhooks.rotate')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setDeleting(w)}
                        data-testid="webhook-delete"
                      >
                        {translate('patron.webhooks.delete')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </ListCard>
      <WebhookDialog
        open={editing !== undefined}
        // Keyed by the webhook: the form starts from its values each time it opens.
        key={editing?.id ?? 'new'}
        webhook={editing ?? null}
        eventTypes={data?.webhookEventTypes ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => refetch()}
      />
      {deliveriesOf && (
        <DeliveriesDialog
          webhook={deliveriesOf}
          onClose={() => {
            setDeliveriesOf(null);
            refetch();
          }}
        />
      )}
      <FormDialog
        open={secret !== null}
        title="patron.webhooks.secretTitle"
        testId="webhook-rotated"
        maxWidth="sm"
        onClose={() => {}}
      >
        {secret && (
          <SecretShownOnce
            secret={secret}
            onDone={() => setSecret(null)}
            texts="patron.webhooks"
            testId="webhook"
          />
        )}
      </FormDialog>
      <Confirm
        isOpen={deleting !== null}
        title="patron.webhooks.deleteTitle"
        content="patron.webhooks.deleteContent"
        translateOptions={{ name: deleting?.name ?? '' }}
        confirm="patron.webhooks.delete"
        confirmColor="warning"
        onConfirm={() => {
          const id = deleting?.id;
          setDeleting(null);
          if (id) act(() => apollo.mutate({ mutation: DeleteWebhookMutation, variables: { id } }));
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
