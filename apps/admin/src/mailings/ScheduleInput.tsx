import { useQuery } from '@apollo/client/react';
import { FormControlLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CalendarDatePicker } from '../preferences/CalendarDatePicker';
import { WorkspaceSettingsQuery } from '../workspace-settings/documents';
import { pickerToWallClock, wallClockToPicker } from './zonedTime';

/** Send when started, or at a local time of the workspace's zone picked in the user's calendar. */
export function ScheduleInput() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const way = useWatch({ name: 'scheduleWay' }) ?? 'now';
  const { field, fieldState } = useInput({ source: 'sendAt' });
  const { data } = useQuery(WorkspaceSettingsQuery);
  const zone = data?.workspaceSettings.timeZone ?? '';
  return (
    <Stack gap={1} sx={{ my: 1, maxWidth: 480, width: '100%' }} data-testid="schedule-input">
      <Typography variant="subtitle1">{translate('patron.mailings.schedule')}</Typography>
      <RadioGroup
        row
        value={way}
        onChange={(e) => setValue('scheduleWay', e.target.value, { shouldDirty: true })}
      >
        <FormControlLabel
          value="now"
          control={<Radio size="small" />}
          label={translate('patron.mailings.sendNow')}
        />
        <FormControlLabel
          value="later"
          control={<Radio size="small" />}
          label={translate('patron.mailings.sendLater')}
          data-testid="schedule-later"
        />
      </RadioGroup>
      {way === 'later' && (
        <CalendarDatePicker
          withTime
          name="sendAt"
          label={translate('patron.mailings.sendAt', { zone })}
          value={wallClockToPicker(String(field.value ?? ''))}
          onChange={(iso) => field.onChange(pickerToWallClock(iso))}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message}
          testId="schedule-send-at"
        />
      )}
    </Stack>
  );
}
