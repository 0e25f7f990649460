import { Box, Button, Typography } from '@mui/material';
import { BooleanInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * Whether people may join the club by themselves on the customers' pages; when on, the join address
 * to put on the club's site or a QR code at the till.
 */
export function SelfSignUpInput({ workspaceId }: { workspaceId: string }) {
  const translate = useTranslate();
  const on = useWatch({ name: 'selfSignUp' });
  const link = `${window.location.origin}/self-service/#/join?w=${workspaceId}`;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle1" fontWeight={600}>
        {translate('patron.workspaceSettings.selfSignUpTitle')}
      </Typography>
      <BooleanInput
        source="selfSignUp"
        label="patron.workspaceSettings.selfSignUp"
        helperText="patron.workspaceSettings.selfSignUpHelp"
      />
      {on && (
        <Typography variant="body2" color="text.secondary">
          {translate('patron.workspaceSettings.selfSignUpWhere')}
        </Typography>
      )}
      {on && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            component="code"
            dir="ltr"
            data-testid="self-sign-up-link"
            sx={{ wordBreak: 'break-all', bgcolor: 'action.hover', px: 1, borderRadius: 1 }}
          >
            {link}
          </Typography>
          <Button size="small" onClick={() => void navigator.clipboard?.writeText(link)}>
            {translate('patron.workspaceSettings.selfSignUpCopy')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
