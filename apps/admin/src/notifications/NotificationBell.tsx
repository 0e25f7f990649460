import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { numberFormat } from '../i18n/intlFormats';
import { isRtl, localeTag } from '../i18n/locales';
import { usePreferences } from '../preferences/usePreferences';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  MyUnreadNotificationCountQuery,
} from './documents';
import { followLink } from './followLink';
import { noticeText, noticeTime } from './noticeText';
import { usePageInUse } from './usePageInUse';

/** How often the unread count is asked while the page is in use (see the module README for why polling). */
export const POLL_MS = 5_000;
const SHOWN = 20;

/** The bell in the app bar: my unread count, and my newest notices in a popover. */
export function NotificationBell() {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const apollo = useApolloClient();
  const { locale, calendar } = usePreferences();
  const { inUse, backInUse } = usePageInUse();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const signedOut = useRef(false);

  const count = useQuery(MyUnreadNotificationCountQuery, {
    fetchPolicy: 'network-only',
    pollInterval: POLL_MS,
    // A signed-out page would only be refused again; it asks again once someone uses it.
    skipPollAttempt: () => !inUse() || signedOut.current,
  });
  signedOut.current =
    CombinedGraphQLErrors.is(count.error) &&
    count.error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  const unread = count.data?.myUnreadNotificationCount ?? 0;
  const list = useQuery(MyNotificationsQuery, {
    variables: { first: SHOWN },
    skip: !anchor,
    fetchPolicy: 'network-only',
  });
  const [markRead] = useMutation(MarkNotificationsReadMutation);
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadMutation);

  const { refetch: refetchCount } = count;
  const { refetch: refetchList } = list;
  useEffect(() => {
    if (backInUse > 0) void refetchCount().catch(() => undefined);
  }, [backInUse, refetchCount]);
  // A notice that arrives while the list is open appears in it.
  useEffect(() => {
    if (anchor && unread >= 0) void refetchList().catch(() => undefined);
  }, [anchor, unread, refetchList]);

  const setUnread = (n: number) =>
    apollo.writeQuery({ query: MyUnreadNotificationCountQuery, data: { myUnreadNotificationCount: n } });

  const open = async (notice: { id: string; link?: string | null; readAt?: string | null }) => {
    setAnchor(null);
    try {
      if (!notice.readAt) {
        const result = await markRead({ variables: { ids: [notice.id] } });
        if (result.data) setUnread(result.data.markNotificationsRead);
      }
    } catch (failure) {
      refused(failure);
    }
    followLink(notice.link);
  };
  const readAll = async () => {
    try {
      await markAllRead();
      setUnread(0);
      await refetchList();
    } catch (failure) {
      refused(failure);
    }
  };

  const notices = list.data?.myNotifications.edges.map((e) => e.node) ?? [];
  const now = new Date();
  const rtl = isRtl(locale);
  const shownCount = badgeText(unread, locale);
  return (
    <>
      <Tooltip title={translate('patron.notifications.bell')}>
        <IconButton
          color="inherit"
          // The name holds the count the badge shows (axe: label-content-name-mismatch), so it is heard too.
          aria-label={
            unread === 0
              ? translate('patron.notifications.bell')
              : translate('patron.notifications.bellUnread', { count: shownCount })
          }
          data-testid="notification-bell"
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <Badge
            badgeContent={shownCount}
            invisible={unread === 0}
            color="error"
            data-testid="notification-count"
            // A hidden badge is only shrunk to nothing (for its animation) and still holds its last
            // count as text; hidden for real, it is no longer part of the button's visible text.
            sx={{ '& .MuiBadge-invisible': { visibility: 'hidden' } }}
          >
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        // Opens toward the middle of the screen: the bell sits at the end of the bar, which is the left in Persian.
        anchorOrigin={{ vertical: 'bottom', horizontal: rtl ? 'left' : 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: rtl ? 'left' : 'right' }}
        slotProps={{ paper: { sx: { width: 400, maxWidth: 'calc(100vw - 16px)' } } }}
      >
        <Box data-testid="notifications" dir={rtl ? 'rtl' : 'ltr'}>
          <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ px: 2, py: 1 }}>
            <Typography variant="subtitle1">{translate('patron.notifications.title')}</Typography>
            <Button
              size="small"
              disabled={unread === 0 || markingAll.loading}
              onClick={readAll}
              data-testid="notifications-read-all"
            >
              {translate('patron.notifications.markAllRead')}
            </Button>
          </Stack>
          <Divider />
          {list.data && notices.length === 0 && (
            <Typography sx={{ p: 2 }} color="text.secondary" data-testid="notifications-none">
              {translate('patron.notifications.none')}
            </Typography>
          )}
          <List dense disablePadding sx={{ maxHeight: 420, overflowY: 'auto' }}>
            {notices.map((n) => (
              <ListItemButton
                key={n.id}
                onClick={() => open(n)}
                data-testid="notification"
                data-unread={n.readAt ? undefined : 'true'}
                sx={{ alignItems: 'flex-start', gap: 1.5, bgcolor: n.readAt ? undefined : 'action.hover' }}
              >
                <Box
                  aria-label={n.readAt ? undefined : translate('patron.notifications.unread')}
                  sx={{
                    mt: 1,
                    flex: '0 0 8px',
                    height: 8,
                    borderRadius: '50%',
                    bgcolor: n.readAt ? 'transparent' : 'primary.main',
                  }}
                />
                <ListItemText
                  primary={noticeText(translate, locale, n.kind, n.params)}
                  secondary={noticeTime(translate, n.createdAt, now, locale, calendar)}
                  slotProps={{
                    primary: { sx: { fontWeight: n.readAt ? 400 : 600 } },
                    root: { sx: { textAlign: 'start' } },
                  }}
                />
              </ListItemButton>
            ))}
          </List>
        </Box>
      </Popover>
    </>
  );
}

/** The count in the language's digits, 99+ above that. */
function badgeText(unread: number, locale: string): string {
  const digits = numberFormat(localeTag(locale));
  return unread > 99 ? `${digits.format(99)}+` : digits.format(unread);
}
