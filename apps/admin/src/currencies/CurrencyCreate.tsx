import { Create } from 'react-admin';
import { CurrencyForm } from './CurrencyForm';

const BLANK = { decimals: 0, unitValue: 0, spendable: true, name: {} };

export function CurrencyCreate() {
  return (
    <Create redirect="list" record={BLANK} title="patron.currencies.createTitle">
      <CurrencyForm creating />
    </Create>
  );
}
