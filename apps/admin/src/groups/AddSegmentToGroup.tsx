import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  useLocale,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { placeFailureWhere } from '../common/placeErrors';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { useSegments } from '../segments/useSegments';
import { AddCustomersToGroupMutation, GroupsQuery, RemoveCustomersFromGroupMutation } from './documents';

/** Beside a group's form: put every customer of a segment into the group, or take them out. */
export function AddSegmentToGroup() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const text = useProblemText();
  const { permissions } = usePermissions<string[]>();
  const { segments } = useSegments();
  const [segmentId, setSegmentId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemMessage | null>(null);
  if (!record || !permissions?.includes('loyalty.adjust')) return null;

  const run = async (adding: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const variables = { groupId: String(record.id), selection: { segmentId } };
      const { data } = adding
        ? await apollo.mutate({
            mutation: AddCustomersToGroupMutation,
            variables,
            refetchQueries: [GroupsQuery],
          })
        : await apollo.mutate({
            mutation: RemoveCustomersFromGroupMutation,
            variables,
            refetchQueries: [GroupsQuery],
          });
      const changed =
        data && 'addCustomersToGroup' in data
          ? data.addCustomersToGroup.changed
          : data && 'removeCustomersFromGroup' in data
            ? data.removeCustomersFromGroup.changed
            : 0;
      notify(adding ? 'patron.groups.added' : 'patron.groups.removed', {
        type: 'success',
        messageArgs: { smart_count: changed, count: formatAmount(changed, 0, locale) },
      });
      refresh();
    } catch (failure) {
      setProblem(placeFailureWhere(failure, () => false).general[0] ?? null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      sx={{ ml: { md: 2 }, mt: { xs: 2, md: 0 }, width: { md: 320 }, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent data-testid="group-members-panel">
        <Typography variant="subtitle1" fontWeight={600}>
          {translate('patron.groups.membersTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate('patron.groups.membersIntro', {
            count: formatAmount(Number(record.memberCount ?? 0), 0, locale),
          })}
        </Typography>
        <TextField
          select
          fullWidth
          size="small"
          label={translate('patron.groups.segment')}
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'group-segment' } as object } }}
        >
          {segments.map((s) => (
            <MenuItem key={s.id} value={s.id} data-testid={`group-segment-${s.id}`}>
              {s.name} ({formatAmount(s.memberCount, 0, locale)})
            </MenuItem>
          ))}
        </TextField>
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {text(problem)}
          </Alert>
        )}
        <Stack direction="row" gap={1} sx={{ mt: 1.5 }} flexWrap="wrap">
          <Button
            variant="contained"
            size="small"
            disabled={!segmentId || busy}
            onClick={() => void run(true)}
          >
            {translate('patron.groups.addSegment')}
          </Button>
          <Button size="small" disabled={!segmentId || busy} onClick={() => void run(false)}>
            {translate('patron.groups.removeSegment')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
