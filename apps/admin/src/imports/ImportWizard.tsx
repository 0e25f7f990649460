import { Step, StepLabel, Stepper } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatAmount } from '../common/amounts';
import { type Import, STEPS, stepOf, type WizardStep } from './importModel';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressStep } from './ProgressStep';
import { ReportStep } from './ReportStep';
import { UploadStep } from './UploadStep';

type Stage = { step: 'upload'; imp: Import | null } | { step: Exclude<WizardStep, 'upload'>; imp: Import };

/**
 * Bringing a file in: upload it, map its columns, read the preview, follow the import, read its
 * report. An import opened from the list resumes where it is (its mapping, progress or report).
 */
export function ImportWizard({ initial }: { initial?: Import }) {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>(
    initial ? ({ step: stepOf(initial), imp: initial } as Stage) : { step: 'upload', imp: null },
  );
  const at = STEPS.indexOf(stage.step);

  let content: ReactNode;
  if (stage.step === 'upload') {
    content = (
      <UploadStep
        imp={stage.imp}
        onOpened={(imp) => setStage({ step: 'upload', imp })}
        onReset={() => setStage({ step: 'upload', imp: null })}
        onNext={() => stage.imp && setStage({ step: 'mapping', imp: stage.imp })}
      />
    );
  } else if (stage.step === 'mapping') {
    content = (
      <MappingStep
        imp={stage.imp}
        onChanged={(imp) => setStage({ step: 'mapping', imp })}
        onBack={() => setStage({ step: 'upload', imp: stage.imp })}
        onConfigured={(imp) => setStage({ step: 'preview', imp })}
      />
    );
  } else if (stage.step === 'preview') {
    content = (
      <PreviewStep
        imp={stage.imp}
        onBack={() => setStage({ step: 'mapping', imp: stage.imp })}
        onStarted={(imp) => setStage({ step: 'progress', imp })}
      />
    );
  } else if (stage.step === 'progress') {
    content = <ProgressStep imp={stage.imp} onDone={(imp) => setStage({ step: 'report', imp })} />;
  } else {
    content = (
      <ReportStep
        imp={stage.imp}
        onAnother={() => {
          setStage({ step: 'upload', imp: null });
          navigate('/imports/create');
        }}
      />
    );
  }

  return (
    <div data-testid="import-wizard" data-step={stage.step}>
      <Stepper activeStep={at} sx={{ mb: 3, maxWidth: 860 }} alternativeLabel>
        {STEPS.map((step, i) => (
          <Step key={step} completed={at > i || stage.step === 'report'}>
            <StepLabel icon={formatAmount(i + 1, 0, locale)}>
              {translate(`patron.imports.steps.${step}`)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {content}
    </div>
  );
}
