import { graphql } from '../gql';

// Apart from documents.ts, which the first screen imports: these come with the screens that use them.
export const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerFields
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerFields
    }
  }
`);

export const DeleteCustomerMutation = graphql(`
  mutation DeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

export const ActivateCustomerMutation = graphql(`
  mutation ActivateCustomer($id: ID!) {
    activateCustomer(id: $id) {
      id
      status
    }
  }
`);

export const DeactivateCustomerMutation = graphql(`
  mutation DeactivateCustomer($id: ID!) {
    deactivateCustomer(id: $id) {
      id
      status
    }
  }
`);
