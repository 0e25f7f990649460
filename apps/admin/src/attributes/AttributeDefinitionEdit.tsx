import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { AttributeDefinitionForm } from './AttributeDefinitionForm';

/**
 * Titled by the attribute's label in the language (Атрибут «Дата рождения»), not its key (birthDate).
 * The attribute of the route's id (or of `id`, for a test).
 */
export function AttributeDefinitionEdit({ id }: { id?: string }) {
  return (
    <Edit id={id} mutationMode="pessimistic" redirect="list" title={<LocalizedEditTitle field="label" />}>
      <AttributeDefinitionForm creating={false} />
    </Edit>
  );
}
