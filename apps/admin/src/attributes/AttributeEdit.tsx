import { Edit } from 'react-admin';
import { AttributeForm } from './AttributeForm';

export function AttributeEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <AttributeForm creating={false} />
    </Edit>
  );
}
