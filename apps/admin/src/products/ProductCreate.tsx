import { Create, useLocale } from 'react-admin';
import { ProductForm, readNumbers } from './ProductForm';

export function ProductCreate() {
  const locale = useLocale();
  return (
    <Create redirect="list" transform={readNumbers(locale)}>
      <ProductForm creating />
    </Create>
  );
}
