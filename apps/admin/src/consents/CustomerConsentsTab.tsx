import {
  Alert,
  Button,
  Card,
  CardContent,
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
import { useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { ConsentState } from '../gql/graphql';
import { useCalendar } from '../preferences/useCalendar';
import { type ConsentAction, ConsentDialog } from './ConsentDialog';
import { useCustomerConsents } from './useCustomerConsents';
import { VerificationPanel } from './VerificationPanel';

const STATE_COLOR = {
  [ConsentState.GRANTED]: 'success',
  [ConsentState.WITHDRAWN]: 'warning',
  [ConsentState.NOT_ASKED]: 'default',
} as const;

/** The card's Consents tab: verification, each consent's state with grant/withdraw, and their history. */
export function CustomerConsentsTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  // A child profile is changed through its main profile.
  const mayChange = Boolean(permissions?.includes('customers.write')) && !record?.mainCustomerId;
  const [version, setVersion] = useState(0);
  const { data, failed } = useCustomerConsents(record ? String(record.id) : undefined, version);
  const [action, setAction] = useState<ConsentAction | null>(null);
  const reload = () => setVersion((v) => v + 1);

  if (failed) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (!data) return null;
  const via = (c: string) => translate(`patron.consents.channels.${c}`);
  return (
    <Stack gap={2} sx={{ width: '100%', maxWidth: 1100 }} data-testid="consents-tab">
      <VerificationPanel data={data} onChanged={reload} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" fontWeight={600} gutterBottom>
            {translate('patron.consents.current')}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.consents.kind')}</TableCell>
                <TableCell>{translate('patron.consents.state')}</TableCell>
                <TableCell>{translate('patron.consents.since')}</TableCell>
                <TableCell>{translate('patron.consents.capturedVia')}</TableCell>
                <TableCell>{translate('patron.consents.source')}</TableCell>
                {mayChange && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.consents.map((c) => (
                <TableRow key={c.kind} data-testid={`consent-${c.kind}`} data-state={c.state}>
                  <TableCell>{translate(`patron.consents.kinds.${c.kind}`)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={STATE_COLOR[c.state]}
                      variant={c.state === ConsentState.NOT_ASKED ? 'outlined' : 'filled'}
                      label={translate(`patron.consents.states.${c.state}`)}
                    />
                  </TableCell>
                  <TableCell>{c.record ? format(c.record.at, true) : '—'}</TableCell>
                  <TableCell>{c.record ? via(c.record.capturedVia) : '—'}</TableCell>
                  <TableCell>{c.record?.source ?? '—'}</TableCell>
                  {mayChange && (
                    <TableCell align="right">
                      {c.state !== ConsentState.GRANTED && (
                        <Button
                          size="small"
                          onClick={() => setAction({ kind: c.kind, grant: true })}
                          data-testid={`grant-${c.kind}`}
                        >
                          {translate('patron.consents.grant')}
                        </Button>
                      )}
                      {c.state !== ConsentState.WITHDRAWN && (
                        <Button
                          size="small"
                          color="warning"
                          onClick={() => setAction({ kind: c.kind, grant: false })}
                          data-testid={`withdraw-${c.kind}`}
                        >
                          {translate('patron.consents.withdraw')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" fontWeight={600} gutterBottom>
            {translate('patron.consents.history')}
          </Typography>
          {data.consentHistory.records.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('patron.consents.noHistory')}
            </Typography>
          ) : (
            <Table size="small" data-testid="consent-history">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('patron.consents.at')}</TableCell>
                  <TableCell>{translate('patron.consents.kind')}</TableCell>
                  <TableCell>{translate('patron.consents.change')}</TableCell>
                  <TableCell>{translate('patron.consents.capturedVia')}</TableCell>
                  <TableCell>{translate('patron.consents.source')}</TableCell>
                  <TableCell>{translate('patron.consents.by')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.consentHistory.records.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{format(r.at, true)}</TableCell>
                    <TableCell>{translate(`patron.consents.kinds.${r.kind}`)}</TableCell>
                    <TableCell>
                      {translate(r.granted ? 'patron.consents.granted' : 'patron.consents.withdrawn')}
                    </TableCell>
                    <TableCell>{via(r.capturedVia)}</TableCell>
                    <TableCell>{r.source ?? '—'}</TableCell>
                    <TableCell>{r.actor.name}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {record && (
        <ConsentDialog
          customerId={String(record.id)}
          action={action}
          onClose={() => setAction(null)}
          onDone={() => {
            notify(action?.grant ? 'patron.consents.grantedNotice' : 'patron.consents.withdrawnNotice', {
              type: 'success',
            });
            setAction(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
