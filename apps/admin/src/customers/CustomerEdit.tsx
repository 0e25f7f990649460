import { Edit } from 'react-admin';
import { CustomerForm } from './CustomerForm';

export function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CustomerForm />
    </Edit>
  );
}
