import { ListItemIcon, MenuItem, Tooltip } from '@mui/material';
import { type ComponentType, createElement, type MouseEvent, memo } from 'react';

export interface MenuEntryProps {
  name: string;
  label: string;
  icon?: ComponentType;
  active: boolean;
  /** The sidebar shows icons only: the label is a tooltip. */
  collapsed: boolean;
  onNavigate?(event: MouseEvent): void;
}

/**
 * One resource in the menu, drawn again only when its label, state or the sidebar's width change:
 * a plain link to the resource's list (the router follows the hash). react-admin's menu item asks
 * the router, the store, a media query, the access check and a keyboard shortcut once per entry and
 * is drawn anew on every navigation; with 23 entries that was a sixth of the first screen's work.
 * Looks as react-admin's (its RaMenuItemLink classes, styled once by PatronMenu).
 */
export const MenuEntry = memo(function MenuEntry({
  name,
  label,
  icon,
  active,
  collapsed,
  onNavigate,
}: MenuEntryProps) {
  const item = (
    <MenuItem
      component="a"
      href={`#/${name}`}
      className={active ? 'RaMenuItemLink-root RaMenuItemLink-active' : 'RaMenuItemLink-root'}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    >
      {icon && <ListItemIcon className="RaMenuItemLink-icon">{createElement(icon)}</ListItemIcon>}
      <span className="RaMenuItemLink-label">{label}</span>
    </MenuItem>
  );
  return collapsed ? (
    <Tooltip title={label} placement="right">
      {item}
    </Tooltip>
  ) : (
    item
  );
});
