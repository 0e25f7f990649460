import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { AttributeDefinitionForm } from './AttributeDefinitionForm';

/** Titled by the attribute's label in the language (Атрибут «Дата рождения»), not its key (birthDate). */
export function AttributeDefinitionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<LocalizedEditTitle field="label" />}>
      <AttributeDefinitionForm creating={false} />
    </Edit>
  );
}
