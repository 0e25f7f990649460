import { useQuery } from '@apollo/client/react';
import { Alert, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  Form,
  SaveButton,
  Title,
  Toolbar,
  useLocale,
  useNotify,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailureWhere } from '../common/placeErrors';
import { timeZoneLabel } from '../common/timeZoneLabel';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { RfmOverviewCard } from '../rfm/RfmOverviewCard';
import { LoyaltyProgrammeQuery, UpdateLoyaltyProgrammeMutation } from './documents';
import { RulesEditor } from './RulesEditor';
import { isRulesInput, rulesToValues, timeZones, valuesToRules } from './rules';

/** The loyalty programme: the base earning and spending rules (customers without a tier) and its clock. */
export function ProgrammePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const text = useProblemText();
  const { data, loading, error } = useQuery(LoyaltyProgrammeQuery, { fetchPolicy: 'network-only' });
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const record = useMemo(
    () =>
      data
        ? { rules: rulesToValues(data.loyaltyProgramme.rules), timeZone: data.loyaltyProgramme.timeZone }
        : null,
    [data],
  );
  const locale = useLocale();
  const zones = useMemo(
    () => timeZones(record?.timeZone ?? 'UTC').map((z) => ({ id: z, name: timeZoneLabel(z, locale) })),
    [record?.timeZone, locale],
  );

  const submit = async (values: Record<string, unknown>) => {
    setGeneral([]);
    try {
      await apollo.mutate({
        mutation: UpdateLoyaltyProgrammeMutation,
        variables: { input: { rules: valuesToRules(values.rules), timeZone: String(values.timeZone ?? '') } },
        refetchQueries: [LoyaltyProgrammeQuery],
      });
      notify('patron.programme.saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      const placed = placeFailureWhere(failure, (name) => isRulesInput(name) || name === 'timeZone');
      setGeneral(placed.general);
      if (placed.general.length === 0) notify('ra.message.invalid_form', { type: 'error' });
      return Object.fromEntries(Object.entries(placed.fields).map(([name, m]) => [name, text(m)]));
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="programme">
      <Title title="patron.programme.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('patron.programme.intro')}
        </Typography>
        {loading && <LinearProgress sx={{ mt: 2 }} />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {record && (
          <Form record={record} onSubmit={submit} noValidate>
            <RulesEditor source="rules" />
            <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 2 }}>
              {translate('patron.programme.sections.clock')}
            </Typography>
            <AutocompleteInput
              source="timeZone"
              label="patron.programme.timeZone"
              choices={zones}
              helperText="patron.programme.help.timeZone"
              sx={{ maxWidth: 360 }}
              disableClearable
            />
            <GeneralErrors messages={general} testId="programme" />
            <Toolbar sx={{ mt: 2, px: 0 }}>
              <SaveButton data-testid="programme-save" alwaysEnable />
            </Toolbar>
          </Form>
        )}
      </CardContent>
      <RfmOverviewCard />
    </Card>
  );
}
