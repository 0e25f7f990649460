/**
 * Where a permission's words are: its group header by what it is about (customers.read and customers.export
 * under customers), and its own text; each module's screen family brings the texts of the permissions it declares.
 */
export const permissionArea = (name: string): string => name.split('.')[0] ?? name;

export const permissionAreaKey = (name: string): string => `patron.roleAdmin.areas.${permissionArea(name)}`;

export const permissionTextKey = (name: string): string =>
  `patron.roleAdmin.permission.${name.replaceAll('.', '_')}`;
