import { Edit } from 'react-admin';
import { CategoryForm } from './CategoryForm';

// Pessimistic: deleting asks first (its customers are left without a category).
export function CategoryEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic">
      <CategoryForm />
    </Edit>
  );
}
