import { useQuery } from '@apollo/client/react';
import Add from '@mui/icons-material/Add';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { ListCard } from '../common/ListCard';
import { localized } from '../i18n/localized';
import { AccountDialog } from './AccountDialog';
import { DeleteAccountButton } from './DeleteAccountButton';
import { ChannelsQuery } from './documents';
import { TestSendDialog } from './TestSendDialog';
import type { ChannelAccount } from './types';

/** The workspace's channel accounts by kind: add, change, test, delete. */
export function ChannelList() {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(ChannelsQuery, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState<ChannelAccount | 'new' | null>(null);
  const [testing, setTesting] = useState<ChannelAccount | null>(null);
  const providers = data?.channelProviders ?? [];
  const accounts = data?.channelAccounts ?? [];
  const providerLabel = (key: string) => {
    const p = providers.find((x) => x.provider === key);
    return p ? localized(p.label, locale, key) : key;
  };
  return (
    <>
      <ListCard
        testId="channels"
        texts="patron.channels"
        loading={loading}
        failed={Boolean(error)}
        rows={data ? accounts.length : undefined}
        action={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setEditing('new')}
            disabled={providers.length === 0}
            data-testid="channel-add"
            sx={{ flexShrink: 0 }}
          >
            {translate('patron.channels.add')}
          </Button>
        }
      >
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="channel-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.channels.name')}</TableCell>
                <TableCell>{translate('patron.channels.provider')}</TableCell>
                <TableCell>{translate('patron.channels.kind')}</TableCell>
                <TableCell />
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {accounts.map((a) => (
                <TableRow key={a.id} data-testid={`channel-account-${a.name}`}>
                  <TableCell>{a.name}</TableCell>
                  <TableCell>{providerLabel(a.provider)}</TableCell>
                  <TableCell>{translate(`patron.channels.kinds.${a.kind}`, { _: a.kind })}</TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ gap: 0.5 }}>
                      {a.isDefault && (
                        <Chip size="small" color="primary" label={translate('patron.channels.default')} />
                      )}
                      {!a.enabled && <Chip size="small" label={translate('patron.channels.off')} />}
                    </Stack>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setTesting(a)} data-testid="channel-test">
                      {translate('patron.channels.test')}
                    </Button>
                    <Button size="small" onClick={() => setEditing(a)} data-testid="channel-edit">
                      {translate('patron.channels.edit')}
                    </Button>
                    <DeleteAccountButton id={a.id} name={a.name} onDone={refetch} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </ListCard>
      <AccountDialog
        providers={providers}
        account={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={refetch}
      />
      <TestSendDialog account={testing} onClose={() => setTesting(null)} />
    </>
  );
}
