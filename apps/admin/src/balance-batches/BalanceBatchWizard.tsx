import { Card, CardContent, LinearProgress, Step, StepLabel, Stepper } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Title, useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';
import { ApplyingStep } from './ApplyingStep';
import type { SourceValues } from './batchInput';
import type { Batch, ProblemLine } from './batchSummary';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { SourceStep } from './SourceStep';

type Stage =
  | { step: 'source' }
  | { step: 'preview'; batch: Batch; lines: ProblemLine[] }
  | { step: 'applying'; batch: Batch }
  | { step: 'result'; batch: Batch };

const STEPS = ['source', 'preview', 'applying', 'result'] as const;

/**
 * Adjusting many balances at once: pick the customers (a file or a segment) and the change, read
 * the server's preview, confirm, and follow the batch until it is applied.
 */
export function BalanceBatchWizard() {
  const translate = useTranslate();
  const locale = useLocale();
  const { currencies, loading } = useCurrencies();
  const [values, setValues] = useState<SourceValues | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'source' });
  const fresh = (): SourceValues => ({
    currency: (currencies.find((c) => c.spendable) ?? currencies[0])?.key ?? '',
    source: 'file',
    identifier: 'MOBILE',
    direction: 'add',
    reason: '',
  });

  let content: ReactNode;
  if (stage.step === 'source') {
    content =
      loading && !values ? (
        <LinearProgress />
      ) : (
        <SourceStep
          values={values ?? fresh()}
          onPreviewed={(form, batch, lines) => {
            setValues(form);
            setStage({ step: 'preview', batch, lines });
          }}
        />
      );
  } else if (stage.step === 'preview') {
    content = (
      <PreviewStep
        batch={stage.batch}
        lines={stage.lines}
        onBack={() => setStage({ step: 'source' })}
        onConfirmed={(batch) => setStage({ step: 'applying', batch })}
      />
    );
  } else if (stage.step === 'applying') {
    content = <ApplyingStep batch={stage.batch} onDone={(batch) => setStage({ step: 'result', batch })} />;
  } else {
    content = (
      <ResultStep
        batch={stage.batch}
        onAnother={() => {
          setValues(null);
          setStage({ step: 'source' });
        }}
      />
    );
  }

  return (
    <Card sx={{ mt: 2 }} data-testid="balance-batch" data-step={stage.step}>
      <Title title="patron.balanceBatches.title" />
      <CardContent>
        <Stepper activeStep={STEPS.indexOf(stage.step)} sx={{ mb: 3, maxWidth: 720 }} alternativeLabel>
          {STEPS.map((step, i) => (
            <Step
              key={step}
              completed={STEPS.indexOf(stage.step) > STEPS.indexOf(step) || stage.step === 'result'}
            >
              <StepLabel icon={formatAmount(i + 1, 0, locale)}>
                {translate(`patron.balanceBatches.steps.${step}`)}
              </StepLabel>
            </Step>
          ))}
        </Stepper>
        {content}
      </CardContent>
    </Card>
  );
}
