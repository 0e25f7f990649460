import { useQuery } from '@apollo/client/react';
import { Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import {
  AddCustomersToGroupMutation,
  CustomerGroupsQuery,
  GroupsQuery,
  RemoveCustomersFromGroupMutation,
} from './documents';
import { useGroups } from './useGroups';

/** The customer's manual groups; who may adjust puts the customer in a group or takes them out. */
export function CustomerGroupsPanel({ customerId }: { customerId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const mayAdjust = Boolean(permissions?.includes('loyalty.adjust'));
  const { data, error, refetch } = useQuery(CustomerGroupsQuery, {
    variables: { id: customerId },
    fetchPolicy: 'network-only',
  });
  const { groups } = useGroups();
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const mine = data?.customer.groups ?? [];
  const others = groups.filter((g) => !mine.some((m) => m.id === g.id));

  const change = async (groupId: string, add: boolean) => {
    setBusy(true);
    try {
      const variables = { groupId, selection: { ids: [customerId] } };
      if (add)
        await apollo.mutate({
          mutation: AddCustomersToGroupMutation,
          variables,
          refetchQueries: [GroupsQuery],
        });
      else
        await apollo.mutate({
          mutation: RemoveCustomersFromGroupMutation,
          variables,
          refetchQueries: [GroupsQuery],
        });
      await refetch();
      setAdding('');
      notify(add ? 'patron.groups.customerAdded' : 'patron.groups.customerRemoved', { type: 'success' });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" sx={{ flex: '1 1 260px', minWidth: 0 }} data-testid="customer-groups">
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('patron.groups.ofCustomer')}
        </Typography>
        {error && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
        <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ mt: 1 }}>
          {data && mine.length === 0 && (
            <Typography variant="body2" data-testid="customer-groups-none">
              {translate('patron.groups.inNone')}
            </Typography>
          )}
          {mine.map((g) => (
            <Chip
              key={g.id}
              label={g.name}
              data-testid="customer-group"
              data-group={g.name}
              onDelete={mayAdjust && !busy ? () => void change(g.id, false) : undefined}
            />
          ))}
        </Stack>
        {mayAdjust && others.length > 0 && (
          // In a narrow card the button goes under the picker rather than squeezing its label.
          <Stack direction="row" gap={1} sx={{ mt: 2 }} alignItems="center" flexWrap="wrap">
            <TextField
              select
              size="small"
              sx={{ flex: '1 1 14rem', minWidth: 0 }}
              label={translate('patron.groups.addTo')}
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
              slotProps={{
                select: { SelectDisplayProps: { 'data-testid': 'customer-group-pick' } as object },
              }}
            >
              {others.map((g) => (
                <MenuItem key={g.id} value={g.id} data-testid={`customer-group-option-${g.id}`}>
                  {g.name}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              disabled={!adding || busy}
              onClick={() => void change(adding, true)}
              data-testid="customer-group-add"
            >
              {translate('patron.groups.add')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
