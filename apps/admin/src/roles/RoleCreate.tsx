import { Create } from 'react-admin';
import { RoleForm } from './RoleForm';

export function RoleCreate() {
  return (
    <Create
      redirect="list"
      record={{ key: '', name: {}, permissions: [] }}
      title="patron.roleAdmin.createTitle"
    >
      <RoleForm creating />
    </Create>
  );
}
