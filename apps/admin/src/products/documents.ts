import { graphql } from '../gql';

export const ProductFields = graphql(`
  fragment ProductFields on Product {
    id
    sku
    name {
      en
      ru
      fa
    }
    kind
    price
    unit
    active
    tracked
    onHand
    reorderLevel
    lowStock
  }
`);

/** For the Products screen: every product, the inactive ones too. */
export const AllProductsQuery = graphql(`
  query AllProducts {
    products(includeInactive: true) {
      ...ProductFields
    }
  }
`);

/** For the purchase dialog's SKU suggestions: the active products. */
export const ActiveProductsQuery = graphql(`
  query ActiveProducts {
    products {
      ...ProductFields
    }
  }
`);

export const ProductMovementsQuery = graphql(`
  query ProductMovements($id: ID!, $first: Int!, $after: String) {
    product(id: $id) {
      id
      movements(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            kind
            quantity
            onHand
            purchaseId
            note
            actor {
              name
            }
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) {
      ...ProductFields
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: ProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductFields
    }
  }
`);

export const SetProductActiveMutation = graphql(`
  mutation SetProductActive($id: ID!, $active: Boolean!) {
    setProductActive(id: $id, active: $active) {
      ...ProductFields
    }
  }
`);

export const DeleteProductMutation = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id)
  }
`);

export const ReceiveStockMutation = graphql(`
  mutation ReceiveStock($productId: ID!, $quantity: Float!, $note: String) {
    receiveStock(productId: $productId, quantity: $quantity, note: $note) {
      id
      onHand
    }
  }
`);

export const SetStockCountMutation = graphql(`
  mutation SetStockCount($productId: ID!, $counted: Float!, $reason: String) {
    setStockCount(productId: $productId, counted: $counted, reason: $reason) {
      id
      onHand
    }
  }
`);

export const ProductSalesQuery = graphql(`
  query ProductSales($from: DateTime!, $to: DateTime!) {
    productSales(from: $from, to: $to) {
      product {
        id
        sku
        name {
          en
          ru
          fa
        }
        unit
        tracked
        onHand
        lowStock
      }
      quantity
      revenue
    }
  }
`);
