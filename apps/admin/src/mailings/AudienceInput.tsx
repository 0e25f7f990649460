import { useQuery } from '@apollo/client/react';
import { FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { FilterGroupEditor } from '../customer-search/filters/FilterGroupEditor';
import { type GroupDraft, startingDraft, toCustomerFilter } from '../customer-search/filters/filterTree';
import { GroupsQuery } from '../groups/documents';
import { SegmentsQuery } from '../segments/documents';
import { AudienceCount } from './AudienceCount';
import { AUDIENCE_WAYS, type AudienceWay, audienceOf, type MailingFormValues } from './mailingForm';
import { useAudienceCount } from './useAudienceCount';

/**
 * Who the mailing goes to: a segment, a group, or a filter built with the customer list's own
 * builder (listed customers come from the list's selection), counted live with who is left out and why.
 */
export function AudienceInput() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const values = useWatch() as MailingFormValues;
  const way = values.audienceWay ?? 'segmentId';
  const ways = AUDIENCE_WAYS.filter((w) => w !== 'customerIds' || values.customerIds?.length);
  const ready =
    (way === 'segmentId' && values.segmentId) ||
    (way === 'groupId' && values.groupId) ||
    way === 'filter' ||
    (way === 'customerIds' && values.customerIds?.length);
  const { count, counting } = useAudienceCount(values.channel, ready ? audienceOf(values) : null);
  return (
    <Stack gap={1.5} sx={{ width: '100%', maxWidth: 900, my: 1 }} data-testid="audience-input">
      <Typography variant="subtitle1">{translate('patron.mailings.audience')}</Typography>
      <RadioGroup
        row
        value={way}
        onChange={(e) => setValue('audienceWay', e.target.value as AudienceWay, { shouldDirty: true })}
      >
        {ways.map((w) => (
          <FormControlLabel
            key={w}
            value={w}
            control={<Radio size="small" />}
            label={translate(`patron.mailings.audienceWays.${w}`)}
            data-testid={`audience-way-${w}`}
          />
        ))}
      </RadioGroup>
      {way === 'segmentId' && <SegmentSelect />}
      {way === 'groupId' && <GroupSelect />}
      {way === 'filter' && <FilterInput />}
      {way === 'customerIds' && (
        <Typography variant="body2">
          {translate('patron.mailings.customerIdsHint', { count: values.customerIds.length })}
        </Typography>
      )}
      <AudienceCount count={count} counting={counting} />
    </Stack>
  );
}

function SegmentSelect() {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'segmentId' });
  const { data } = useQuery(SegmentsQuery);
  return (
    <TextField
      select
      size="small"
      sx={{ maxWidth: 480 }}
      label={translate('patron.mailings.segment')}
      value={data ? field.value || '' : ''}
      onChange={(e) => field.onChange(e.target.value)}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message}
      slotProps={{ htmlInput: { 'data-testid': 'audience-segment' } }}
    >
      {(data?.segments ?? []).map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {s.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

function GroupSelect() {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'groupId' });
  const { data } = useQuery(GroupsQuery);
  return (
    <TextField
      select
      size="small"
      sx={{ maxWidth: 480 }}
      label={translate('patron.mailings.group')}
      value={data ? field.value || '' : ''}
      onChange={(e) => field.onChange(e.target.value)}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message}
      slotProps={{ htmlInput: { 'data-testid': 'audience-group' } }}
    >
      {(data?.groups ?? []).map((g) => (
        <MenuItem key={g.id} value={g.id}>
          {g.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The customer list's filter builder on a draft; every edit becomes the form's filter. */
function FilterInput() {
  const { field } = useInput({ source: 'filter' });
  const [draft, setDraft] = useState<GroupDraft>(() => startingDraft(field.value));
  const change = (next: GroupDraft) => {
    setDraft(next);
    field.onChange(toCustomerFilter(next).filter ?? { op: 'AND', conditions: [] });
  };
  return <FilterGroupEditor root={draft} group={draft} problems={{}} onChange={change} />;
}
