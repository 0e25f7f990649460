import { Edit } from 'react-admin';
import { AttributeDefinitionForm } from './AttributeDefinitionForm';

export function AttributeDefinitionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <AttributeDefinitionForm creating={false} />
    </Edit>
  );
}
