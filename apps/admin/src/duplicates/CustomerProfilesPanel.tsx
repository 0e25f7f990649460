import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  Link,
  useCreatePath,
  useLocale,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { CustomerProfilesQuery, UnmergeCustomerMutation } from './documents';

/**
 * The card's sources tab: every source this person arrived from (the first one marked), the child
 * profiles, and on a merged profile the merge with its undo button.
 */
export function CustomerProfilesPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { format } = useCalendar();
  const { permissions } = usePermissions<string[]>();
  const { definitions } = useAttributeRegistry();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { data, refetch } = useQuery(CustomerProfilesQuery, {
    variables: { id: String(record?.id ?? '') },
    skip: !record,
    fetchPolicy: 'network-only',
  });
  const profile = data?.customer;
  if (!record || !profile) return null;
  const choices = definitions.find((d) => d.key === 'source')?.choices ?? [];
  const sourceName = (value: string | null | undefined) => {
    if (!value) return translate('patron.duplicates.noSource');
    const choice = choices.find((c) => c.value === value);
    return choice ? localized(choice.label, locale, value) : value;
  };
  const show = (id: string) => createPath({ resource: 'customers', id, type: 'show' });

  const unmerge = async () => {
    setBusy(true);
    try {
      await apollo.mutate({ mutation: UnmergeCustomerMutation, variables: { customerId: profile.id } });
      notify('patron.duplicates.unmerged', { type: 'success' });
      await refetch();
      refresh();
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="customer-profiles">
      {profile.mainCustomerId && (
        <Alert
          severity="warning"
          data-testid="child-notice"
          action={
            <Button component={Link} to={show(profile.mainCustomerId)} size="small">
              {translate('patron.duplicates.openMain')}
            </Button>
          }
        >
          {profile.merge
            ? translate('patron.duplicates.mergedOn', {
                date: format(profile.merge.mergedAt, true),
                until: format(profile.merge.undoUntil, true),
              })
            : translate('patron.duplicates.childOf')}
        </Alert>
      )}
      {profile.merge && permissions?.includes('customers.merge') && (
        <div>
          <Button
            variant="outlined"
            color="warning"
            onClick={() => setConfirming(true)}
            disabled={busy}
            data-testid="unmerge"
          >
            {translate('patron.duplicates.unmerge')}
          </Button>
          <Confirm
            isOpen={confirming}
            title="patron.duplicates.unmerge"
            content="patron.duplicates.unmergeConfirm"
            onConfirm={unmerge}
            onClose={() => setConfirming(false)}
            loading={busy}
          />
        </div>
      )}
      <div>
        <Typography variant="subtitle2">{translate('patron.duplicates.sources')}</Typography>
        <List dense data-testid="customer-sources">
          {profile.sources.map((s) => (
            <ListItem key={s.customerId} data-first={s.first}>
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} alignItems="center">
                    <Typography
                      component="span"
                      sx={{ fontStyle: s.first ? 'italic' : 'normal', fontWeight: s.first ? 600 : 400 }}
                    >
                      <bdi>{sourceName(s.source)}</bdi>
                      {s.subSource ? (
                        <>
                          {' / '}
                          <bdi>{s.subSource}</bdi>
                        </>
                      ) : null}
                    </Typography>
                    {s.first && <Chip size="small" label={translate('patron.duplicates.firstSource')} />}
                  </Stack>
                }
                secondary={
                  <>
                    {format(s.arrivedAt, true)}
                    {translate('patron.separator')}
                    {s.child ? (
                      <Link to={show(s.customerId)}>{translate('patron.duplicates.child')}</Link>
                    ) : (
                      translate('patron.duplicates.mainProfile')
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </div>
      {!profile.mainCustomerId && (
        <div>
          <Typography variant="subtitle2">{translate('patron.duplicates.children')}</Typography>
          {profile.childProfiles.length === 0 ? (
            <Typography color="text.secondary" variant="body2">
              {translate('patron.duplicates.noChildren')}
            </Typography>
          ) : (
            <List dense data-testid="child-profiles">
              {profile.childProfiles.map((c) => (
                <ListItem key={c.id}>
                  <ListItemText
                    primary={
                      <Link to={show(c.id)}>
                        <bdi>{c.displayName}</bdi>
                      </Link>
                    }
                    secondary={
                      <>
                        {[c.mobile, c.email].filter(Boolean).map((contact) => (
                          <span key={contact}>
                            <bdi dir="ltr">{contact}</bdi>
                            {translate('patron.separator')}
                          </span>
                        ))}
                        <bdi>{format(c.createdAt, true)}</bdi>
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          )}
        </div>
      )}
    </Stack>
  );
}
