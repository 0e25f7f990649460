import { useQuery } from '@apollo/client/react';
import {
  Alert,
  alpha,
  Box,
  Button,
  LinearProgress,
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
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { readProblem } from '../data-provider/errors';
import { useCalendar } from '../preferences/useCalendar';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { ImportPreviewQuery, StartImportMutation } from './documents';
import { ImportCounts } from './ImportCounts';
import { type Import, previewValue } from './importModel';
import { OutcomeChip } from './OutcomeChip';

const FIRST_ROWS = 20;

interface Props {
  imp: Import;
  onBack(): void;
  onStarted(imp: Import): void;
}

/** Step 3: the first rows as they will be stored, each cell checked, and the counts for the whole file. */
export function PreviewStep({ imp, onBack, onStarted }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const { format } = useCalendar();
  const { data, loading, error } = useQuery(ImportPreviewQuery, {
    variables: { id: imp.id, first: FIRST_ROWS },
    fetchPolicy: 'network-only',
  });
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const counts = data?.importPreview.counts;
  const rows = data?.importPreview.rows ?? [];
  const mapped = imp.columns.filter((c) => c.target);

  const start = async () => {
    setBusy(true);
    setGeneral([]);
    try {
      const { data: started } = await apollo.mutate({
        mutation: StartImportMutation,
        variables: { id: imp.id },
      });
      if (started) onStarted(started.startImport);
    } catch (e) {
      setGeneral(placeFailure(e, []).general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={2} data-testid="import-preview">
      <Typography variant="body2" color="text.secondary">
        {translate('patron.imports.preview.intro')}
      </Typography>
      {loading && <LinearProgress />}
      {error && <GeneralErrors messages={placeFailure(error, []).general} testId="import-preview-load" />}
      {counts && rows.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {translate('patron.imports.preview.counts')}
          </Typography>
          <ImportCounts counts={counts} kind={imp.kind} />
        </Box>
      )}
      {data?.importPreview.outOfDateOrder && (
        <Alert severity="info" data-testid="import-preview-date-order">
          {translate('patron.imports.preview.outOfDateOrder')}
        </Alert>
      )}
      {data && rows.length === 0 && (
        <Alert severity="warning">{translate('patron.imports.preview.empty')}</Alert>
      )}
      {rows.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="import-preview-rows">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.imports.preview.line')}</TableCell>
                <TableCell>{translate('patron.imports.preview.outcome')}</TableCell>
                {mapped.map((c) => (
                  <TableCell key={c.index}>
                    <bdi>{c.header}</bdi>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.line} data-testid="import-preview-row" data-outcome={row.outcome}>
                  <TableCell>{formatAmount(row.line, 0, locale)}</TableCell>
                  <TableCell sx={{ maxWidth: 220 }}>
                    <OutcomeChip outcome={row.outcome} />
                    {/* A row refused for a cell says why in that cell; this is for the row as a whole. */}
                    {row.problem && !row.cells.some((cell) => cell.problem) && (
                      <Typography
                        variant="caption"
                        component="div"
                        color="text.secondary"
                        data-testid="import-row-problem"
                      >
                        {text(readProblem(row.problem, row.problem.code))}
                      </Typography>
                    )}
                  </TableCell>
                  {mapped.map((c) => {
                    const cell = row.cells.find((x) => x.index === c.index);
                    const problem = cell?.problem ? text(readProblem(cell.problem, cell.problem.code)) : null;
                    return (
                      <TableCell
                        key={c.index}
                        data-testid={problem ? 'import-cell-invalid' : undefined}
                        sx={
                          problem
                            ? (theme) => ({
                                bgcolor: alpha(theme.palette.error.main, 0.08),
                                outline: `1px solid ${theme.palette.error.main}`,
                                outlineOffset: -1,
                              })
                            : undefined
                        }
                      >
                        <Typography variant="body2" dir="auto" title={cell?.value ?? undefined}>
                          {cell?.value ? previewValue(cell.value, format) : ''}
                        </Typography>
                        {problem && (
                          <Typography
                            variant="caption"
                            component="div"
                            color="error"
                            data-testid="import-cell-problem"
                          >
                            {problem}
                          </Typography>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <GeneralErrors messages={general} testId="import-start" />
      <Stack direction="row" gap={1}>
        <Button onClick={onBack} disabled={busy} data-testid="import-preview-back">
          {translate('patron.imports.preview.back')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void start()}
          disabled={busy || loading || rows.length === 0}
          data-testid="import-start"
        >
          {translate('patron.imports.preview.start')}
        </Button>
      </Stack>
    </Stack>
  );
}
