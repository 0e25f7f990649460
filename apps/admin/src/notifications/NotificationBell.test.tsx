import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { NotificationBell, POLL_MS } from './NotificationBell';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

function notice(
  id: string,
  kind: string,
  params: object,
  options: { link?: string; read?: boolean; at?: string } = {},
) {
  return {
    __typename: 'Notification' as const,
    id,
    kind,
    params,
    link: options.link ?? null,
    createdAt: options.at ?? minutesAgo(5),
    readAt: options.read ? minutesAgo(1) : null,
  };
}

const page = (...nodes: ReturnType<typeof notice>[]) => ({
  data: {
    myNotifications: {
      __typename: 'NotificationConnection',
      edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false },
    },
  },
});

const IMPORT = notice(
  '7',
  'import.finished',
  { fileName: 'march.csv', created: 10, updated: 2, invalid: 1 },
  {
    link: '#/imports/42',
  },
);
const EXPORT = notice(
  '6',
  'export.ready',
  { fileName: 'customers.csv', rows: 1200 },
  { read: true, at: minutesAgo(60 * 24 * 8) },
);
const UNKNOWN = notice('5', 'loyalty.surprise', { x: 1 }, { read: true });

const badge = () => screen.getByTestId('notification-count').querySelector('.MuiBadge-badge') as HTMLElement;

describe('the bell', () => {
  it('shows my unread count, lists my notices in my language with the unread marked', async () => {
    await scriptGraphql({
      MyUnreadNotificationCount: { data: { myUnreadNotificationCount: 1 } },
      MyNotifications: page(IMPORT, EXPORT, UNKNOWN),
    });
    const { user } = await renderInAdmin(<NotificationBell />);
    await waitFor(() => expect(badge().textContent).toBe('1'));

    await user.click(screen.getByTestId('notification-bell'));
    const items = await screen.findAllByTestId('notification');
    expect(items.map((i) => i.textContent)).toEqual([
      'Import of \u2068march.csv\u2069 finished: 10 created, 2 updated, 1 invalid5 minutes ago',
      expect.stringMatching(
        /^Export \u2068customers.csv\u2069 is ready to download \(1,200 rows\)\d+ \w+ 2026/,
      ),
      expect.stringMatching(/^Something needs your attention/),
    ]);
    expect(items.map((i) => i.dataset.unread)).toEqual(['true', undefined, undefined]);
  });

  it('in Persian: Persian text and digits, the Jalali calendar', async () => {
    await scriptGraphql({
      MyUnreadNotificationCount: { data: { myUnreadNotificationCount: 1 } },
      MyNotifications: page(IMPORT, EXPORT),
    });
    const { user } = await renderInAdmin(<NotificationBell />, { locale: 'fa' });
    await user.click(screen.getByTestId('notification-bell'));
    const [first, second] = await screen.findAllByTestId('notification');
    expect(first?.textContent).toContain('ورود \u2068march.csv\u2069 پایان یافت: ۱۰ ایجاد');
    expect(second?.textContent).toMatch(/۱٬۲۰۰ ردیف/);
    // Eight days before a date in 2026 is in the Jalali year 1405 (written in Persian digits).
    expect(second?.textContent).toContain('۱۴۰۵');
    expect(screen.getByTestId('notifications').getAttribute('dir')).toBe('rtl');
  });

  it('a click marks the notice read, lowers the badge and follows its link', async () => {
    const api = await scriptGraphql({
      MyUnreadNotificationCount: { data: { myUnreadNotificationCount: 3 } },
      MyNotifications: page(IMPORT, EXPORT),
      MarkNotificationsRead: { data: { markNotificationsRead: 2 } },
    });
    const { user } = await renderInAdmin(<NotificationBell />);
    await waitFor(() => expect(badge().textContent).toBe('3'));
    await user.click(screen.getByTestId('notification-bell'));
    const [unread] = await screen.findAllByTestId('notification');
    await user.click(unread as HTMLElement);

    await waitFor(() => expect(badge().textContent).toBe('2'));
    expect(api.sentAs('MarkNotificationsRead').map((s) => s.variables)).toEqual([{ ids: ['7'] }]);
    expect(window.location.hash).toBe('#/imports/42');
  });

  it('a read notice is followed without being marked again; "mark all read" clears the badge', async () => {
    const api = await scriptGraphql({
      MyUnreadNotificationCount: { data: { myUnreadNotificationCount: 1 } },
      MyNotifications: page(IMPORT, UNKNOWN),
      MarkAllNotificationsRead: { data: { markAllNotificationsRead: 1 } },
    });
    const { user } = await renderInAdmin(<NotificationBell />);
    await user.click(screen.getByTestId('notification-bell'));
    const popover = await screen.findByTestId('notifications');
    await within(popover).findAllByTestId('notification');
    await user.click(screen.getByTestId('notifications-read-all'));
    await waitFor(() => expect(badge().className).toContain('MuiBadge-invisible'));
    expect(api.sentAs('MarkAllNotificationsRead')).toHaveLength(1);

    const items = screen.getAllByTestId('notification');
    await user.click(items[1] as HTMLElement);
    expect(api.sentAs('MarkNotificationsRead')).toEqual([]);
  });

  it(
    'asks for the count again every few seconds, so a new notice shows without reloading',
    async () => {
      let unread = 0;
      const countNow = () => ({ data: { myUnreadNotificationCount: unread } });
      const api = await scriptGraphql({ MyUnreadNotificationCount: countNow });
      await renderInAdmin(<NotificationBell />);
      await waitFor(() => expect(api.sentAs('MyUnreadNotificationCount')).toHaveLength(1));
      expect(badge().className).toContain('MuiBadge-invisible');
      unread = 4;
      await waitFor(() => expect(badge().textContent).toBe('4'), { timeout: POLL_MS + 3_000 });
    },
    POLL_MS + 10_000,
  );
});
