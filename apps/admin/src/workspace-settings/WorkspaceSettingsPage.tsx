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
import { countryChoices } from '../countries/countries';
import {
  ANALYTICS_SETTING_INPUTS,
  AnalyticsSettingsInputs,
  analyticsSettingsInput,
} from '../customer-analytics/AnalyticsSettingsInputs';
import { localeTag } from '../i18n/locales';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import {
  CLOCK_SETTING_INPUTS,
  ClockSettingsInputs,
  clockSettingsInput,
  withClockSwitch,
} from './ClockSettingsInputs';
import { UpdateWorkspaceSettingsMutation, WorkspaceSettingsQuery } from './documents';
import { SelfSignUpInput } from './SelfSignUpInput';
import { TwoFactorRolesInput } from './TwoFactorRolesInput';

/** The workspace's own settings: the country of phone numbers without a country code, its clock, roles that must use two-factor sign-in, lifecycle rules, profile completeness. */
export function WorkspaceSettingsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const text = useProblemText();
  const locale = useLocale();
  const { data, loading, error } = useQuery(WorkspaceSettingsQuery, { fetchPolicy: 'network-only' });
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const countries = useMemo(() => countryChoices(localeTag(locale)), [locale]);

  const submit = async (values: Record<string, unknown>) => {
    setGeneral([]);
    try {
      await apollo.mutate({
        mutation: UpdateWorkspaceSettingsMutation,
        variables: {
          input: {
            defaultPhoneCountry: String(values.defaultPhoneCountry ?? ''),
            ...analyticsSettingsInput(values),
            ...clockSettingsInput(values),
            selfSignUp: Boolean(values.selfSignUp),
            twoFactorRequiredRoles: (values.twoFactorRequiredRoles ?? []) as string[],
          },
        },
        refetchQueries: [WorkspaceSettingsQuery],
      });
      notify('patron.workspaceSettings.saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      const placed = placeFailureWhere(
        failure,
        (name) =>
          name === 'defaultPhoneCountry' ||
          name.startsWith('twoFactorRequiredRoles') ||
          CLOCK_SETTING_INPUTS.includes(name) ||
          ANALYTICS_SETTING_INPUTS.includes(name.replace(/\.\d+$/, '')),
      );
      setGeneral(placed.general);
      // A refusal of one chosen attribute (completenessAttributes.2) goes under the whole input.
      return Object.fromEntries(
        Object.entries(placed.fields).map(([name, m]) => [
          name.replace(/^(completenessAttributes|twoFactorRequiredRoles)\.\d+$/, '$1'),
          text(m),
        ]),
      );
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="workspace-settings">
      <Title title="patron.workspaceSettings.title" />
      <CardContent>
        {loading && <LinearProgress />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {data && (
          <Form record={withClockSwitch(data.workspaceSettings)} onSubmit={submit} noValidate>
            <Typography variant="h6">{data.workspaceSettings.name}</Typography>
            <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 2 }}>
              {translate('patron.workspaceSettings.phones')}
            </Typography>
            <AutocompleteInput
              source="defaultPhoneCountry"
              label="patron.workspaceSettings.defaultPhoneCountry"
              helperText="patron.workspaceSettings.defaultPhoneCountryHelp"
              choices={countries}
              sx={{ maxWidth: 420 }}
              disableClearable
            />
            <ClockSettingsInputs />
            <TwoFactorRolesInput />
            <AnalyticsSettingsInputs />
            {data.me?.workspace.id && <SelfSignUpInput workspaceId={data.me.workspace.id} />}
            <GeneralErrors messages={general} testId="workspace-settings" />
            <Toolbar sx={{ mt: 2, px: 0 }}>
              <SaveButton data-testid="workspace-settings-save" alwaysEnable />
            </Toolbar>
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
