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
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { ListCard } from '../common/ListCard';
import { useCalendar } from '../preferences/useCalendar';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { ApiKeysQuery } from './documents';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const STATUS_COLOR = { ACTIVE: 'success', EXPIRED: 'warning', REVOKED: 'default' } as const;

/** The workspace's keys, revoked ones too: who made each, what it may do, when it was last used. */
export function ApiKeyList() {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, { fetchPolicy: 'network-only' });
  const [creating, setCreating] = useState(false);
  const keys = data?.apiKeys ?? [];
  const never = translate('patron.apiKeys.never');
  return (
    <>
      <ListCard
        testId="api-keys"
        texts="patron.apiKeys"
        loading={loading}
        failed={Boolean(error)}
        rows={data ? keys.length : undefined}
        action={
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setCreating(true)}
            data-testid="api-key-create"
            sx={{ flexShrink: 0 }}
          >
            {translate('patron.apiKeys.create')}
          </Button>
        }
      >
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="api-key-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.apiKeys.name')}</TableCell>
                <TableCell>{translate('patron.apiKeys.permissions')}</TableCell>
                <TableCell>{translate('patron.apiKeys.rate')}</TableCell>
                <TableCell>{translate('patron.apiKeys.created')}</TableCell>
                <TableCell>{translate('patron.apiKeys.expires')}</TableCell>
                <TableCell>{translate('patron.apiKeys.lastUsed')}</TableCell>
                <TableCell>{translate('patron.apiKeys.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.id} data-testid={`api-key-${key.prefix}`}>
                  <TableCell>
                    <Typography variant="body2">{key.name}</Typography>
                    <Typography variant="caption" sx={{ fontFamily: 'monospace' }} dir="ltr">
                      ptn_{key.prefix}_…
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                      {key.permissions.map((p) => (
                        <Chip key={p} size="small" label={p} variant="outlined" dir="ltr" />
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {translate('patron.apiKeys.perMinute', {
                      count: formatAmount(key.requestsPerMinute, 0, locale),
                    })}
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{format(key.createdAt, true)}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {key.createdBy}
                    </Typography>
                  </TableCell>
                  <TableCell>{key.expiresAt ? format(key.expiresAt, true) : never}</TableCell>
                  <TableCell>{key.lastUsedAt ? format(key.lastUsedAt, true) : never}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={STATUS_COLOR[key.status]}
                      label={translate(`patron.apiKeys.statuses.${key.status}`)}
                    />
                    {key.revokedAt && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {format(key.revokedAt, true)}
                        <br />
                        {key.revokedBy}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">
                    {!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} onDone={refetch} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </ListCard>
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} onCreated={refetch} />
    </>
  );
}
