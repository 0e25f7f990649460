import { Edit } from 'react-admin';
import { AddSegmentToGroup } from './AddSegmentToGroup';
import { GroupForm } from './GroupForm';

export function GroupEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" aside={<AddSegmentToGroup />}>
      <GroupForm creating={false} />
    </Edit>
  );
}
