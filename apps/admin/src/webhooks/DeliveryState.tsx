import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WebhookDeliveryState } from '../gql/graphql';

const COLOR = { PENDING: 'info', DELIVERED: 'success', FAILED: 'error', CANCELLED: 'default' } as const;

export function DeliveryState({ state }: { state: WebhookDeliveryState }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLOR[state]}
      label={translate(`patron.webhooks.states.${state}`)}
      data-testid={`webhook-state-${state}`}
    />
  );
}
