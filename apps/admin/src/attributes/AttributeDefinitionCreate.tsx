import { Create } from 'react-admin';
import { AttributeDefinitionForm } from './AttributeDefinitionForm';

const BLANK = { group: 'main', type: 'TEXT', filterable: true, label: {}, choices: [] };

export function AttributeDefinitionCreate() {
  return (
    <Create redirect="list" record={BLANK}>
      <AttributeDefinitionForm creating />
    </Create>
  );
}
