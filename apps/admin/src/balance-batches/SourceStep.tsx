import { Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  required,
  SelectInput,
  useLocale,
  useTranslate,
  type Validator,
} from 'react-admin';
import { apollo } from '../apollo';
import { AmountInput } from '../common/AmountInput';
import { amountProblem, formatAmount } from '../common/amounts';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { uploadFile } from '../common/uploadFile';
import { useCurrencies } from '../currencies/useCurrencies';
import { GroupSourceInput } from '../groups/GroupSourceInput';
import { localized } from '../i18n/localized';
import { DirectionInput } from '../ledger/DirectionInput';
import { ReasonFields } from '../ledger/ReasonFields';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { useSegments } from '../segments/useSegments';
import { batchInput, formFieldOf, IDENTIFIERS, type SourceValues } from './batchInput';
import type { Batch, ProblemLine } from './batchSummary';
import { PreviewBalanceBatchMutation } from './documents';
import { FileInput } from './FileInput';
import { FileShapeHint } from './FileShapeHint';

export const FIRST_PROBLEMS = 100;
const INPUTS = [
  'currency',
  'identifier',
  'csv',
  'fileId',
  'groupId',
  'amount',
  'reason',
  'comment',
  'expiresAt',
];

interface Props {
  values: SourceValues;
  onPreviewed(values: SourceValues, batch: Batch, lines: ProblemLine[]): void;
}

/** Step 1: which balance, whose (a file or a segment), by how much and why; previewed on the server. */
export function SourceStep({ values, onPreviewed }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const { currencies, byKey } = useCurrencies();
  const { segments } = useSegments();
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [saving, setSaving] = useState(false);

  const validAmount: Validator = (value, all) =>
    value
      ? (amountProblem(String(value), byKey.get(all.currency)?.decimals ?? 0, locale) ?? undefined)
      : all.source !== 'file'
        ? 'ra.validation.required'
        : undefined;
  const fileRequired: Validator = (value, all) =>
    all.source === 'file' && !value ? 'ra.validation.required' : undefined;
  const segmentRequired: Validator = (value, all) =>
    all.source === 'segment' && !value ? 'ra.validation.required' : undefined;

  const submit = async (raw: Record<string, unknown>) => {
    const form = raw as unknown as SourceValues;
    setSaving(true);
    setGeneral([]);
    try {
      const fileId =
        form.source === 'file' && form.file ? await uploadFile(form.file.name, form.file.text) : undefined;
      const { data } = await apollo.mutate({
        mutation: PreviewBalanceBatchMutation,
        variables: { input: batchInput(form, locale, fileId), first: FIRST_PROBLEMS },
      });
      if (!data) throw new Error('no data');
      const { problems, ...batch } = data.previewBalanceBatch;
      onPreviewed(form, batch, problems);
      return undefined;
    } catch (error) {
      const placed = placeFailure(error, INPUTS);
      setGeneral(placed.general);
      return Object.fromEntries(
        Object.entries(placed.fields).map(([name, message]) => [
          formFieldOf(name, form.source),
          text(message),
        ]),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form record={values} onSubmit={submit} noValidate>
      <Stack sx={{ maxWidth: 560 }} data-testid="batch-source">
        <SelectInput
          source="currency"
          label="patron.loyalty.currency"
          validate={required()}
          choices={currencies.map((c) => ({ id: c.key, name: localized(c.name, locale, c.key) }))}
          helperText={false}
          data-testid="batch-currency"
        />
        <RadioButtonGroupInput
          source="source"
          label="patron.balanceBatches.source"
          choices={[
            { id: 'file', name: 'patron.balanceBatches.fromFile' },
            { id: 'segment', name: 'patron.balanceBatches.fromSegment' },
            { id: 'group', name: 'patron.balanceBatches.fromGroup' },
          ]}
          helperText={false}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.source === 'group' ? (
              <GroupSourceInput />
            ) : formData.source === 'segment' ? (
              <SelectInput
                source="segmentId"
                label="patron.balanceBatches.segment"
                validate={segmentRequired}
                choices={segments.map((s) => ({
                  id: s.id,
                  name: `${s.name} (${formatAmount(s.memberCount, 0, locale)})`,
                }))}
                helperText={false}
              />
            ) : (
              <>
                <FileShapeHint />
                <FileInput validate={fileRequired} />
                <SelectInput
                  source="identifier"
                  label="patron.balanceBatches.identifier"
                  validate={required()}
                  choices={IDENTIFIERS.map((id) => ({ id, name: `patron.balanceBatches.identifiers.${id}` }))}
                  helperText="patron.balanceBatches.identifierHelp"
                />
              </>
            )
          }
        </FormDataConsumer>
        <DirectionInput />
        <FormDataConsumer>
          {({ formData }) => (
            <AmountInput
              source="amount"
              label={
                formData.source !== 'file'
                  ? 'patron.balanceBatches.amountEach'
                  : 'patron.balanceBatches.amountForFile'
              }
              validate={validAmount}
              helperText={
                formData.source === 'group'
                  ? 'patron.balanceBatches.amountEachGroupHelp'
                  : formData.source === 'segment'
                    ? 'patron.balanceBatches.amountEachHelp'
                    : 'patron.balanceBatches.amountForFileHelp'
              }
              slotProps={{ htmlInput: { 'data-testid': 'batch-amount' } }}
            />
          )}
        </FormDataConsumer>
        <ReasonFields testIdPrefix="batch" />
        <GeneralErrors messages={general} testId="batch" />
        <Box sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={saving} data-testid="batch-preview">
            {translate('patron.balanceBatches.preview')}
          </Button>
        </Box>
      </Stack>
    </Form>
  );
}
