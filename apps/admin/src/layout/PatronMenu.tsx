import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';

/**
 * The menu: resources in App.tsx's order; those naming a group (`options.group`) are gathered under
 * its heading, between dividers, where the group's first resource stands (Messaging: automations,
 * mailings, templates…).
 */
export function PatronMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const listed = Object.values(useResourceDefinitions()).filter((r) => r.hasList);
  const groupOf = (r: (typeof listed)[number]) => (r.options as { group?: string } | undefined)?.group;
  const seen = new Set<string>();
  return (
    <Menu>
      {listed.map((resource) => {
        const group = groupOf(resource);
        if (!group) return <Menu.ResourceItem key={resource.name} name={resource.name} />;
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
            {listed
              .filter((r) => groupOf(r) === group)
              .map((r) => (
                <Menu.ResourceItem key={r.name} name={r.name} />
              ))}
            <Divider sx={{ my: 0.5 }} />
          </Fragment>
        );
      })}
    </Menu>
  );
}
