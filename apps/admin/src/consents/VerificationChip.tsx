import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import Schedule from '@mui/icons-material/Schedule';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { VerificationStatus } from '../gql/graphql';

const LOOK = {
  [VerificationStatus.NEW]: { icon: <Schedule />, color: 'default' },
  [VerificationStatus.VERIFIED]: { icon: <CheckCircle />, color: 'success' },
  [VerificationStatus.UNCONFIRMED]: { icon: <ErrorOutline />, color: 'error' },
} as const;

/** New (a clock), Verified (a green tick) or Unconfirmed (a red mark), as managers know them. */
export function VerificationChip({ status }: { status: VerificationStatus }) {
  const translate = useTranslate();
  const look = LOOK[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={look.icon}
      color={look.color}
      label={translate(`patron.consents.verificationStatus.${status}`)}
      data-testid="verification-status"
      data-status={status}
    />
  );
}
