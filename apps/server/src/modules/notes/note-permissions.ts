import type { PermissionDefinition } from '@patron/sdk';

/** Writing notes is its own permission: an analyst reads the card, a role may comment without editing data. */
export const NOTES_WRITE = 'notes.write';

export const notePermissions: PermissionDefinition[] = [
  {
    name: NOTES_WRITE,
    description: "Write, edit and delete one's own notes on customers, and pin notes",
    roles: ['MANAGER', 'OPERATOR'],
    // A note is signed by a person; a key could hold the permission but never write one.
    peopleOnly: true,
  },
];
