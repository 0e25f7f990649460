import { Edit } from 'react-admin';
import { CustomerForm } from './CustomerForm';

// Pessimistic: server-side validation messages must land under the fields before leaving the form.
export function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CustomerForm />
    </Edit>
  );
}
