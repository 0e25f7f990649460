import { useMutation, useQuery } from '@apollo/client/react';
import Add from '@mui/icons-material/Add';
import {
  Button,
  Card,
  Link,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, Title, useLocale, usePermissions, useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { AutomationsQuery, DeleteAutomationMutation, SetAutomationPausedMutation } from './documents';
import { useSummaries } from './useSummaries';

/** The automations: name, trigger, whether running, runs in the last 30 days; managers pause, edit and delete. */
export function AutomationList() {
  const translate = useTranslate();
  const locale = useLocale();
  const summaries = useSummaries();
  const refused = useNotifyRefusal();
  const { permissions } = usePermissions<string[]>();
  const manage = permissions?.includes('automations.manage') ?? false;
  const { data, loading } = useQuery(AutomationsQuery, { fetchPolicy: 'cache-and-network' });
  const [setPaused] = useMutation(SetAutomationPausedMutation);
  const [remove] = useMutation(DeleteAutomationMutation, { refetchQueries: [AutomationsQuery] });
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const automations = data?.automations ?? [];
  const number = numberFormat(localeTag(locale));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="patron.automations.title" />
      <Stack direction="row" justifyContent="flex-end" sx={{ p: 1 }}>
        {manage && (
          <Button startIcon={<Add />} href="#/automations/create" data-testid="automation-create">
            {translate('patron.automations.create')}
          </Button>
        )}
      </Stack>
      <Table size="small" data-testid="automation-list">
        <TableHead>
          <TableRow>
            <TableCell>{translate('patron.automations.name')}</TableCell>
            <TableCell>{translate('patron.automations.trigger')}</TableCell>
            <TableCell>{translate('patron.automations.actions')}</TableCell>
            <TableCell>{translate('patron.automations.active')}</TableCell>
            <TableCell align="right">{translate('patron.automations.recentRuns')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {automations.map((a) => (
            <TableRow key={a.id} data-testid="automation-row">
              <TableCell>
                <Link href={`#/automations/${a.id}/show`}>{a.name}</Link>
              </TableCell>
              <TableCell>{summaries.trigger(a.trigger)}</TableCell>
              <TableCell>
                {a.actions.map((action) => summaries.action(action, a.templates)).join('; ')}
              </TableCell>
              <TableCell>
                <Switch
                  size="small"
                  checked={!a.paused}
                  disabled={!manage}
                  onChange={(_e, on) =>
                    void setPaused({ variables: { id: a.id, paused: !on } }).catch(refused)
                  }
                  slotProps={{ input: { 'aria-label': translate('patron.automations.active') } }}
                  data-testid="automation-active"
                />
              </TableCell>
              <TableCell align="right" data-testid="automation-recent-runs">
                {number.format(a.recentRuns)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" href={`#/automations/${a.id}/show`}>
                  {translate('patron.automations.runs')}
                </Button>
                {manage && (
                  <>
                    <Button size="small" href={`#/automations/${a.id}`} data-testid="automation-edit">
                      {translate('patron.automations.edit')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => setDeleting({ id: a.id, name: a.name })}
                    >
                      {translate('patron.automations.delete')}
                    </Button>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!loading && automations.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary">
          {translate('patron.automations.none')}
        </Typography>
      )}
      <Confirm
        isOpen={deleting !== null}
        title="patron.automations.deleteTitle"
        content="patron.automations.deleteConfirm"
        translateOptions={{ name: deleting?.name ?? '' }}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting?.id;
          setDeleting(null);
          if (id) void remove({ variables: { id } }).catch(refused);
        }}
      />
    </Card>
  );
}
