import { useQuery } from '@apollo/client/react';
import { MenuItem, TextField } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { SegmentsQuery } from '../segments/documents';

/** Everyone, or the members of a saved segment the writer sees. */
export function SegmentInput() {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'segmentId' });
  const { data } = useQuery(SegmentsQuery);
  return (
    <TextField
      select
      size="small"
      sx={{ maxWidth: 480, width: '100%', my: 1 }}
      label={translate('patron.news.audience')}
      value={data ? field.value || '' : ''}
      onChange={(e) => field.onChange(e.target.value || null)}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? translate('patron.news.audienceHelp')}
      slotProps={{
        htmlInput: { 'data-testid': 'news-segment' },
        inputLabel: { shrink: true },
        select: { displayEmpty: true },
      }}
    >
      <MenuItem value="">
        <em>{translate('patron.news.everyone')}</em>
      </MenuItem>
      {(data?.segments ?? []).map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {s.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
