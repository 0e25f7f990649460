import { Stack } from '@mui/material';
import { CustomerGroupsPanel } from '../groups/CustomerGroupsPanel';
import { CustomerRfmPanel } from '../rfm/CustomerRfmPanel';
import { CustomerTierPanel } from './CustomerTierPanel';

/** On the card's Loyalty tab: the tier and its progress, the groups, and the RFM segment. */
export function CustomerLoyaltyStatus({ customerId }: { customerId: string }) {
  return (
    <Stack
      direction="row"
      gap={2}
      flexWrap="wrap"
      alignItems="stretch"
      sx={{ mt: 2 }}
      data-testid="loyalty-status"
    >
      <CustomerTierPanel customerId={customerId} />
      <CustomerRfmPanel customerId={customerId} />
      <CustomerGroupsPanel customerId={customerId} />
    </Stack>
  );
}
