import { useMutation, useQuery } from '@apollo/client/react';
import Logout from '@mui/icons-material/Logout';
import {
  Alert,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { browserName } from './browserName';
import { MySessionsQuery, SignOutEverywhereElseMutation, SignOutSessionMutation } from './documents';
import { useCalendar } from './useCalendar';

/** The browsers signed in as me: where, since when, last used; sign out one or all the others. */
export function MySessionsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const { format } = useCalendar();
  const { data, loading, error } = useQuery(MySessionsQuery, { fetchPolicy: 'network-only' });
  const [signOut] = useMutation(SignOutSessionMutation, { refetchQueries: [MySessionsQuery] });
  const [signOutOthers, others] = useMutation(SignOutEverywhereElseMutation, {
    refetchQueries: [MySessionsQuery],
  });
  const sessions = data?.mySessions ?? [];
  const hasOthers = sessions.some((s) => !s.current);

  const endOne = async (id: string) => {
    try {
      await signOut({ variables: { id } });
      notify('patron.sessions.signedOut', { type: 'success' });
    } catch (failure) {
      refused(failure);
    }
  };
  const endOthers = async () => {
    try {
      const result = await signOutOthers();
      notify('patron.sessions.signedOutOthers', {
        type: 'success',
        messageArgs: { smart_count: result.data?.signOutEverywhere ?? 0 },
      });
    } catch (failure) {
      refused(failure);
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="my-sessions">
      <Title title="patron.sessions.title" />
      <CardContent>
        <Stack direction="row" alignItems="center" justifyContent="space-between" gap={2} flexWrap="wrap">
          <Typography variant="body2" color="text.secondary">
            {translate('patron.sessions.intro')}
          </Typography>
          <Button
            variant="outlined"
            color="error"
            startIcon={<Logout />}
            disabled={!hasOthers || others.loading}
            onClick={endOthers}
            data-testid="sign-out-others"
          >
            {translate('patron.sessions.signOutOthers')}
          </Button>
        </Stack>
        {loading && <LinearProgress sx={{ mt: 2 }} />}
        {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
        {data && (
          <Table size="small" sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.sessions.device')}</TableCell>
                <TableCell>{translate('patron.sessions.ip')}</TableCell>
                <TableCell>{translate('patron.sessions.signedIn')}</TableCell>
                <TableCell>{translate('patron.sessions.lastSeen')}</TableCell>
                <TableCell>{translate('patron.sessions.endsAt')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {sessions.map((s) => (
                <TableRow key={s.id} data-testid={s.current ? 'session-current' : 'session-other'}>
                  <TableCell title={s.userAgent ?? undefined}>
                    {browserName(s.userAgent) ?? translate('patron.sessions.unknownDevice')}
                  </TableCell>
                  {/* Addresses read left to right in every language. */}
                  <TableCell dir="ltr" sx={{ fontFamily: 'monospace' }}>
                    {s.ip ?? translate('patron.empty')}
                  </TableCell>
                  <TableCell>{format(s.createdAt, true)}</TableCell>
                  <TableCell>{format(s.lastSeenAt, true)}</TableCell>
                  <TableCell>{format(s.expiresAt, true)}</TableCell>
                  <TableCell align="right">
                    {s.current ? (
                      <Chip size="small" color="primary" label={translate('patron.sessions.current')} />
                    ) : (
                      <Button size="small" color="error" onClick={() => endOne(s.id)}>
                        {translate('patron.sessions.signOut')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {data && !hasOthers && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate('patron.sessions.none')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
