import { useQuery } from '@apollo/client/react';
import { Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  SaveButton,
  useNotify,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { enumValues } from '../common/enums';
import { GeneralErrors } from '../common/FormDialog';
import { NumberInput } from '../common/NumberInput';
import { placeFailureWhere } from '../common/placeErrors';
import { DowngradePolicy } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { TierPolicyQuery, UpdateTierPolicyMutation } from './documents';
import { useXpName } from './useXpName';

const POLICIES = enumValues(DowngradePolicy, [DowngradePolicy.NEVER]);
const INPUTS = ['windowDays', 'downgradePolicy', 'periodMonths'];

/** How tiers are measured and kept: the window purchases and XP count over, and when a customer may drop. */
export function TierPolicyCard() {
  const translate = useTranslate();
  const xp = useXpName();
  const notify = useNotify();
  const text = useProblemText();
  const { data } = useQuery(TierPolicyQuery, { fetchPolicy: 'network-only' });
  const [general, setGeneral] = useState<ProblemMessage[]>([]);

  const submit = async (values: Record<string, unknown>) => {
    setGeneral([]);
    const days = values.windowDays;
    try {
      await apollo.mutate({
        mutation: UpdateTierPolicyMutation,
        variables: {
          input: {
            windowDays: days === '' || days == null ? null : Number(days),
            downgradePolicy: values.downgradePolicy as DowngradePolicy,
            periodMonths:
              values.periodMonths == null || values.periodMonths === '' ? 12 : Number(values.periodMonths),
          },
        },
        refetchQueries: [TierPolicyQuery],
      });
      notify('patron.tiers.policySaved', { type: 'success' });
      return undefined;
    } catch (failure) {
      const placed = placeFailureWhere(failure, (name) => INPUTS.includes(name));
      setGeneral(placed.general);
      return Object.fromEntries(Object.entries(placed.fields).map(([name, m]) => [name, text(m)]));
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="tier-policy">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('patron.tiers.policy.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('patron.tiers.policy.intro', { xp })}
        </Typography>
        {data && (
          <Form record={{ ...data.tierPolicy }} onSubmit={submit} noValidate>
            <NumberInput
              source="windowDays"
              label="patron.tiers.policy.windowDays"
              helperText={translate('patron.tiers.policy.windowDaysHelp', { xp })}
              min={1}
              step={1}
              sx={{ maxWidth: 320 }}
            />
            <RadioButtonGroupInput
              source="downgradePolicy"
              label="patron.tiers.policy.downgrade"
              choices={POLICIES.map((p) => ({ id: p, name: `patron.tiers.policy.${p}` }))}
              row={false}
              helperText={false}
            />
            <FormDataConsumer>
              {({ formData }) =>
                formData.downgradePolicy === 'PERIOD_END' && (
                  <NumberInput
                    source="periodMonths"
                    label="patron.tiers.policy.periodMonths"
                    helperText="patron.tiers.policy.periodMonthsHelp"
                    min={1}
                    max={120}
                    step={1}
                    sx={{ maxWidth: 320 }}
                  />
                )
              }
            </FormDataConsumer>
            <GeneralErrors messages={general} testId="tier-policy" />
            <SaveButton data-testid="tier-policy-save" />
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
