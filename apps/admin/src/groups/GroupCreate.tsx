import { Create } from 'react-admin';
import { GroupForm } from './GroupForm';

export function GroupCreate() {
  return (
    <Create redirect="list" record={{ name: '', description: '' }} title="patron.groups.createTitle">
      <GroupForm creating />
    </Create>
  );
}
