import { graphql } from '../gql';

/** For pickers and chips: no counts, which take a pass over the customers. */
export const CategoriesQuery = graphql(`
  query Categories {
    categories {
      id
      name
      color
    }
  }
`);

/** For the Categories screen only. */
export const CategoriesWithCountsQuery = graphql(`
  query CategoriesWithCounts {
    categories {
      id
      name
      color
      customerCount
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CategoryInput!) {
    createCategory(input: $input) {
      id
      name
      color
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
      name
      color
    }
  }
`);

export const DeleteCategoryMutation = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

export const SetCustomerCategoryMutation = graphql(`
  mutation SetCustomerCategory($customerId: ID!, $categoryId: ID) {
    setCustomerCategory(customerId: $customerId, categoryId: $categoryId) {
      id
      updatedAt
      category {
        id
        name
        color
      }
    }
  }
`);
