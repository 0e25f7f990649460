import { apollo } from '../apollo';
import { ProductKind } from '../gql/graphql';
import {
  ActiveProductsQuery,
  AllProductsQuery,
  CreateProductMutation,
  DeleteProductMutation,
  SetProductActiveMutation,
  UpdateProductMutation,
} from './documents';
import { numberValue } from './quantity';

async function allProducts() {
  const { data } = await apollo.query({ query: AllProductsQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.products;
}

const text = (value: unknown) => String(value ?? '').trim() || null;

const input = (data: Record<string, unknown>, withSku: boolean) => {
  const name = (data.name ?? {}) as Record<string, unknown>;
  const kind = data.kind === ProductKind.SERVICE ? ProductKind.SERVICE : ProductKind.PRODUCT;
  return {
    ...(withSku ? { sku: String(data.sku ?? '').trim() } : {}),
    name: { en: text(name.en), ru: text(name.ru), fa: text(name.fa) },
    kind,
    // The form's `transform` has read the typed numbers in the UI's language.
    price: numberValue(data.price, 'en') ?? 0,
    unit: String(data.unit ?? '').trim(),
    tracked: kind === ProductKind.PRODUCT && data.tracked === true,
    reorderLevel: numberValue(data.reorderLevel, 'en'),
  };
};

/** Products as a react-admin resource: a shop's catalogue is small, so the list is one request, by SKU. */
export const products = {
  async getList() {
    const rows = [...(await allProducts())];
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allProducts()).find((p) => p.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateProductMutation,
      variables: { input: input(data, true) },
      refetchQueries: [ActiveProductsQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    let product = result.createProduct;
    if (data.active === false) {
      const { data: closed } = await apollo.mutate({
        mutation: SetProductActiveMutation,
        variables: { id: product.id, active: false },
      });
      if (closed) product = closed.setProductActive;
    }
    return { data: product };
  },

  async update(id: string, data: Record<string, unknown>, previous: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateProductMutation,
      variables: { id, input: input(data, false) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    let product = result.updateProduct;
    if (Boolean(data.active) !== Boolean(previous.active)) {
      const { data: toggled } = await apollo.mutate({
        mutation: SetProductActiveMutation,
        variables: { id, active: Boolean(data.active) },
      });
      if (toggled) product = toggled.setProductActive;
    }
    await apollo.refetchQueries({ include: [ActiveProductsQuery] });
    return { data: { ...previous, ...product } };
  },

  async delete(id: string) {
    await apollo.mutate({
      mutation: DeleteProductMutation,
      variables: { id },
      refetchQueries: [ActiveProductsQuery],
    });
    return { data: { id } };
  },
};
