import { Create } from 'react-admin';
import { AttributeForm } from './AttributeForm';

export function AttributeCreate() {
  return (
    <Create redirect="list" record={{ group: 'main', type: 'TEXT', filterable: true, label: {} }}>
      <AttributeForm creating />
    </Create>
  );
}
