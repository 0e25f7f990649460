import { Divider, ListSubheader, useMediaQuery, useTheme } from '@mui/material';
import { Fragment, useCallback } from 'react';
import {
  Menu,
  useGetResourceLabel,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import { MenuEntry } from './MenuEntry';

// react-admin's menu item styles, once for every entry.
const ENTRY_STYLES = {
  '& .RaMenuItemLink-root': { color: 'text.secondary' },
  '& .RaMenuItemLink-active': { color: 'text.primary' },
  '& .RaMenuItemLink-icon': { color: 'text.secondary', minWidth: 40 },
  '& .RaMenuItemLink-label': {
    flexGrow: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
};

/**
 * The menu: resources in App.tsx's order; those naming a group (`options.group`) are gathered under
 * its heading, between dividers, where the group's first resource stands (Messaging: automations,
 * mailings, templates…).
 */
export function PatronMenu() {
  const translate = useTranslate();
  const label = useGetResourceLabel();
  const [open, setOpen] = useSidebarState();
  const { pathname } = useLocation();
  const theme = useTheme();
  const small = useMediaQuery(theme.breakpoints.down('md'));
  // On a small screen the sidebar covers the page: it closes once an entry is chosen.
  const navigated = useCallback(() => {
    if (small) setOpen(false);
  }, [small, setOpen]);
  const listed = Object.values(useResourceDefinitions()).filter((r) => r.hasList);
  const groupOf = (r: (typeof listed)[number]) => (r.options as { group?: string } | undefined)?.group;
  const entry = (r: (typeof listed)[number]) => (
    <MenuEntry
      key={r.name}
      name={r.name}
      label={label(r.name, 2)}
      icon={r.icon}
      active={pathname === `/${r.name}` || pathname.startsWith(`/${r.name}/`)}
      collapsed={!open}
      onNavigate={navigated}
    />
  );
  const seen = new Set<string>();
  return (
    <Menu sx={ENTRY_STYLES}>
      {listed.map((resource) => {
        const group = groupOf(resource);
        if (!group) return entry(resource);
        if (seen.has(group)) return null;
        seen.add(group);
        return (
          <Fragment key={`group-${group}`}>
            <Divider sx={{ my: 0.5 }} />
            {open && (
              <ListSubheader
                // The menu (role="menu") may hold menu items only: the heading is not a list item.
                role="presentation"
                sx={{ lineHeight: 2.5, bgcolor: 'transparent' }}
                data-testid={`menu-group-${group}`}
              >
                {translate(`patron.menu.groups.${group}`)}
              </ListSubheader>
            )}
            {listed.filter((r) => groupOf(r) === group).map(entry)}
            <Divider sx={{ my: 0.5 }} />
          </Fragment>
        );
      })}
    </Menu>
  );
}
