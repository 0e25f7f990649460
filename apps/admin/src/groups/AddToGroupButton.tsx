import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { placeFailureWhere } from '../common/placeErrors';
import type { CustomerSelection } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import { AddCustomersToGroupMutation, GroupsQuery, RemoveCustomersFromGroupMutation } from './documents';
import { memberSelection } from './memberSelection';
import { useGroups } from './useGroups';

interface Props {
  /** What the customer list has selected (CustomerBulkBar's bulkSelection). */
  selection: CustomerSelection;
  onDone?(): void;
}

/**
 * For the customer list's bulk bar: put the selected customers (or all matching the list's question)
 * into a group, or take them out. Shown to staff who may adjust loyalty.
 */
export function AddToGroupButton({ selection, onDone }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const { permissions } = usePermissions<string[]>();
  const { groups } = useGroups();
  const [open, setOpen] = useState(false);
  const [groupId, setGroupId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemMessage | null>(null);
  const members = memberSelection(selection);
  if (!permissions?.includes('loyalty.adjust')) return null;

  const run = async (adding: boolean) => {
    if (!members) return;
    setBusy(true);
    setProblem(null);
    try {
      const variables = { groupId, selection: members };
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
      setOpen(false);
      onDone?.();
    } catch (failure) {
      setProblem(placeFailureWhere(failure, () => false).general[0] ?? null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="bulk-action-group">
        {translate('patron.groups.addTo')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="xs"
        data-testid="group-bulk-dialog"
      >
        <DialogTitle>{translate('patron.groups.addTo')}</DialogTitle>
        <DialogContent>
          {!members && <Alert severity="info">{translate('patron.groups.everyoneNotAllowed')}</Alert>}
          <TextField
            select
            fullWidth
            sx={{ mt: 1 }}
            label={translate('patron.groups.name')}
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
          >
            {groups.map((g) => (
              <MenuItem key={g.id} value={g.id}>
                {g.name} ({formatAmount(g.memberCount, 0, locale)})
              </MenuItem>
            ))}
          </TextField>
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {text(problem)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button disabled={!groupId || !members || busy} onClick={() => void run(false)}>
            {translate('patron.groups.removeSegment')}
          </Button>
          <Button variant="contained" disabled={!groupId || !members || busy} onClick={() => void run(true)}>
            {translate('patron.groups.addSegment')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
