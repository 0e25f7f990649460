import { Edit, useLocale } from 'react-admin';
import { ProductForm, readNumbers } from './ProductForm';
import { StockPanel } from './StockPanel';

// Pessimistic: a refusal shows before the list; the stock panel below the form has the stock actions and movements.
export function ProductEdit() {
  const locale = useLocale();
  return (
    <Edit redirect="list" mutationMode="pessimistic" transform={readNumbers(locale)}>
      <ProductForm creating={false} />
      <StockPanel />
    </Edit>
  );
}
