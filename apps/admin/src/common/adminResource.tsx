import type { ComponentType } from 'react';
import { Resource } from 'react-admin';

/** One screen of a resource, and the permission a staff member needs to be offered it (none: anyone signed in). */
export interface Screen {
  component: ComponentType;
  permission?: string;
}

/**
 * What a resource folder declares in its index.tsx: the resource's name (the API's and the URL's),
 * its menu icon, its screens with the permission each needs, and how a record is named.
 */
export interface AdminResource {
  name: string;
  icon: ComponentType;
  list?: Screen;
  show?: Screen;
  create?: Screen;
  edit?: Screen;
  recordRepresentation?: string;
  /**
   * The menu label, when it is not the resource's name (`resources.<name>.name`); the menu group it
   * is listed under (`patron.menu.groups.<group>`), gathered where the group's first resource is.
   */
  options?: { label?: string; group?: string };
}

/**
 * The <Resource> for the signed-in staff member: a screen they may not use is left out, so its menu
 * entry, route and buttons are too (the server enforces the permissions anyway).
 */
export function resourceFor(resource: AdminResource, permissions: readonly string[] | undefined) {
  const offered = (screen: Screen | undefined) =>
    screen && (!screen.permission || permissions?.includes(screen.permission)) ? screen.component : undefined;
  return (
    <Resource
      key={resource.name}
      name={resource.name}
      icon={resource.icon}
      list={offered(resource.list)}
      show={offered(resource.show)}
      create={offered(resource.create)}
      edit={offered(resource.edit)}
      recordRepresentation={resource.recordRepresentation}
      options={resource.options}
    />
  );
}
