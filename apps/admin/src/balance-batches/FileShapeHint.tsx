import { Alert, Box } from '@mui/material';
import { useTranslate } from 'react-admin';

const EXAMPLE = 'mobile,amount\n+98 912 111 2233,100\n0912 111 2244,-50';

/** What the file should look like: one customer a line, the identifier first, then the amount. */
export function FileShapeHint() {
  const translate = useTranslate();
  return (
    <Alert severity="info" icon={false} sx={{ my: 1 }} data-testid="batch-file-hint">
      {translate('patron.balanceBatches.fileHint')}
      <Box
        component="pre"
        dir="ltr"
        sx={{ m: 0, mt: 1, fontSize: '0.8rem', fontFamily: 'monospace', textAlign: 'left' }}
      >
        {EXAMPLE}
      </Box>
    </Alert>
  );
}
