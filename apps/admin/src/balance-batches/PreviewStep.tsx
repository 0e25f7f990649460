import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import type { ProblemMessage } from '../problems/problemText';
import { BatchCounts } from './BatchCounts';
import { type Batch, canConfirm, type ProblemLine } from './batchSummary';
import { ConfirmBalanceBatchMutation } from './documents';
import { ProblemLines } from './ProblemLines';
import { FIRST_PROBLEMS } from './SourceStep';

interface Props {
  batch: Batch;
  lines: ProblemLine[];
  onBack(): void;
  onConfirmed(batch: Batch): void;
}

/** Step 2: what the server found in the lines; nothing is applied until Confirm. */
export function PreviewStep({ batch, lines, onBack, onConfirmed }: Props) {
  const translate = useTranslate();
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);
  const confirm = async () => {
    setSaving(true);
    setGeneral([]);
    try {
      const { data } = await apollo.mutate({
        mutation: ConfirmBalanceBatchMutation,
        variables: { id: batch.id },
      });
      if (data) onConfirmed(data.confirmBalanceBatch);
    } catch (error) {
      setGeneral(placeFailure(error, []).general);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap={2} sx={{ maxWidth: 900 }} data-testid="batch-preview-step">
      <BatchCounts batch={batch} />
      {!canConfirm(batch) && (
        <Alert severity="warning" data-testid="batch-nothing">
          {translate('patron.balanceBatches.nothingMatches')}
        </Alert>
      )}
      {lines.length > 0 ? (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {translate('patron.balanceBatches.problemLines')}
          </Typography>
          <ProblemLines
            batchId={batch.id}
            currency={batch.currency}
            initial={lines}
            initialPageSize={FIRST_PROBLEMS}
          />
        </Box>
      ) : (
        canConfirm(batch) && <Alert severity="success">{translate('patron.balanceBatches.noProblems')}</Alert>
      )}
      <GeneralErrors messages={general} testId="batch" />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button onClick={onBack} data-testid="batch-back">
          {translate('patron.balanceBatches.back')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void confirm()}
          disabled={saving || !canConfirm(batch)}
          data-testid="batch-confirm"
        >
          {translate('patron.balanceBatches.confirm')}
        </Button>
      </Box>
    </Stack>
  );
}
