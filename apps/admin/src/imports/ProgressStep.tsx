import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { CancelImportMutation } from './documents';
import { type Import, progressPercent } from './importModel';
import { useImportProgress } from './useImportProgress';

/** Step 4: the server imports the rows in chunks; the bar follows them, and staff may cancel. */
export function ProgressStep({ imp: started, onDone }: { imp: Import; onDone(imp: Import): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notifyRefusal = useNotifyRefusal();
  const [imp, setImp] = useImportProgress(started, onDone);
  const [cancelling, setCancelling] = useState(false);
  const percent = progressPercent(imp);
  const number = (n: number) => formatAmount(n, 0, locale);

  const cancel = async () => {
    setCancelling(true);
    try {
      const { data } = await apollo.mutate({ mutation: CancelImportMutation, variables: { id: imp.id } });
      // The poll sees it end; the answer shows it at once.
      if (data) setImp(data.cancelImport);
    } catch (error) {
      notifyRefusal(error);
      setCancelling(false);
    }
  };

  return (
    <Stack gap={1.5} sx={{ maxWidth: 640 }} data-testid="import-progress" data-state={imp.state}>
      <LinearProgress variant={percent === null ? 'indeterminate' : 'determinate'} value={percent ?? 0} />
      <Typography variant="body2" data-testid="import-progress-text">
        {imp.state === 'QUEUED' || !imp.progress?.total
          ? translate('patron.imports.progress.queued')
          : translate('patron.imports.progress.running', {
              done: number(imp.progress.done),
              total: number(imp.progress.total),
            })}
      </Typography>
      <Alert severity="info">{translate('patron.imports.progress.note')}</Alert>
      <Box>
        <Button
          color="error"
          variant="outlined"
          onClick={() => void cancel()}
          disabled={cancelling}
          data-testid="import-cancel"
        >
          {translate(cancelling ? 'patron.imports.progress.cancelling' : 'patron.imports.progress.cancel')}
        </Button>
      </Box>
    </Stack>
  );
}
