import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { RoleForm } from './RoleForm';

/** Titled by the role's name in the language (Роль «Менеджер»), not its key (MANAGER). */
export function RoleEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<LocalizedEditTitle />}>
      <RoleForm creating={false} />
    </Edit>
  );
}
