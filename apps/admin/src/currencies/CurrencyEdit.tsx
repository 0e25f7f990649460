import { Edit } from 'react-admin';
import { CurrencyForm } from './CurrencyForm';

export function CurrencyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <CurrencyForm creating={false} />
    </Edit>
  );
}
