import { Edit } from 'react-admin';
import { TagForm } from './TagForm';

// Pessimistic: deleting asks first (it removes the tag from every customer that has it).
export function TagEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic">
      <TagForm />
    </Edit>
  );
}
