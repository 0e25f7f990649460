import { Edit } from 'react-admin';
import { LocalizedEditTitle } from '../common/LocalizedEditTitle';
import { CurrencyForm } from './CurrencyForm';

/** Titled by the currency's name in the language (Валюта «Баллы»), not its key (coins). */
export function CurrencyEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" title={<LocalizedEditTitle />}>
      <CurrencyForm creating={false} />
    </Edit>
  );
}
