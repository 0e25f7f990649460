import { Create } from 'react-admin';
import { CustomerForm } from './CustomerForm';

export function CustomerCreate() {
  return (
    <Create redirect="show">
      <CustomerForm />
    </Create>
  );
}
