import Download from '@mui/icons-material/Download';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { readProblem } from '../data-provider/errors';
import { useProblemText } from '../problems/useProblemText';
import { ImportCounts } from './ImportCounts';
import type { Import } from './importModel';

const SEVERITY = { DONE: 'success', FAILED: 'error', CANCELLED: 'warning' } as const;

/** Step 5: what the import did, why it stopped if it did, and the file of the rows it did not import. */
export function ReportStep({ imp, onAnother }: { imp: Import; onAnother(): void }) {
  const translate = useTranslate();
  const text = useProblemText();
  const state = imp.state as keyof typeof SEVERITY;
  return (
    <Stack gap={2} data-testid="import-report" data-state={imp.state}>
      <Alert severity={SEVERITY[state] ?? 'info'} data-testid="import-report-state">
        {translate(`patron.imports.report.${state}`, { _: imp.state })}
        {imp.problem ? (
          <Typography variant="body2" data-testid="import-report-problem">
            {text(readProblem(imp.problem, translate('ra.notification.http_error')))}
          </Typography>
        ) : null}
      </Alert>
      {imp.counts && <ImportCounts counts={imp.counts} kind={imp.kind} />}
      {imp.reportFileId && (
        <Box>
          <Button
            variant="outlined"
            startIcon={<Download />}
            href={`/files/${imp.reportFileId}`}
            download
            data-testid="import-report-file"
          >
            {translate('patron.imports.report.download')}
          </Button>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
            {translate('patron.imports.report.downloadHint')}
          </Typography>
        </Box>
      )}
      <Stack direction="row" gap={1}>
        <Button variant="contained" onClick={onAnother} data-testid="import-another">
          {translate('patron.imports.report.another')}
        </Button>
        {imp.kind === 'CUSTOMERS' && (
          <Button component={RouterLink} to="/customers" data-testid="import-see-customers">
            {translate('patron.imports.report.customers')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
