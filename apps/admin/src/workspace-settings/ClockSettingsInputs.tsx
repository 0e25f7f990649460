import { Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { AutocompleteInput, BooleanInput, useLocale, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { TimeOfDayInput } from '../common/TimeOfDayInput';
import { timeZoneLabel } from '../common/timeZoneLabel';

/** Names of this section's inputs, for placing the server's refusals under them. */
export const CLOCK_SETTING_INPUTS = ['timeZone', 'quietHours.start', 'quietHours.end'];

/** What the section adds to updateWorkspaceSettings: quiet hours switched off send null. */
export function clockSettingsInput(values: Record<string, unknown>) {
  const quiet = (values.quietHours ?? {}) as Record<string, unknown>;
  return {
    timeZone: String(values.timeZone ?? ''),
    quietHours: values.quietHoursOn
      ? { start: String(quiet.start ?? ''), end: String(quiet.end ?? '') }
      : null,
  };
}

/** The form's record: quiet hours get a switch of their own. */
export function withClockSwitch<T extends { quietHours?: unknown }>(settings: T) {
  return {
    ...settings,
    quietHoursOn: Boolean(settings.quietHours),
    quietHours: settings.quietHours ?? { start: '22:00', end: '09:00' },
  };
}

const ZONES: string[] = (() => {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC', 'Asia/Tehran', 'Europe/Moscow'];
  }
})();

/** The workspace's time zone and the quiet hours in which no message leaves. */
export function ClockSettingsInputs() {
  const translate = useTranslate();
  const quietOn = useWatch({ name: 'quietHoursOn' });
  const locale = useLocale();
  const zones = useMemo(
    () => ZONES.map((zone) => ({ id: zone, name: timeZoneLabel(zone, locale) })),
    [locale],
  );
  return (
    <>
      <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 3 }}>
        {translate('patron.workspaceSettings.clock')}
      </Typography>
      <AutocompleteInput
        source="timeZone"
        label="patron.workspaceSettings.timeZone"
        helperText="patron.workspaceSettings.timeZoneHelp"
        choices={zones}
        sx={{ maxWidth: 420 }}
        disableClearable
      />
      <BooleanInput source="quietHoursOn" label="patron.workspaceSettings.quietHours" helperText={false} />
      {quietOn && (
        <Stack direction="row" gap={2} sx={{ maxWidth: 420 }}>
          <TimeOfDayInput
            source="quietHours.start"
            label="patron.workspaceSettings.quietFrom"
            helperText={false}
          />
          <TimeOfDayInput
            source="quietHours.end"
            label="patron.workspaceSettings.quietTo"
            helperText={false}
          />
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 720 }}>
        {translate('patron.workspaceSettings.quietHoursHelp')}
      </Typography>
    </>
  );
}
