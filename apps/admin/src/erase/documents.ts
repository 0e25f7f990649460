import { graphql } from '../gql';

export const EraseCustomerMutation = graphql(`
  mutation EraseCustomer($id: ID!) {
    eraseCustomer(id: $id) {
      customerId
      profiles
      historyEvents
    }
  }
`);

export const CustomerDataQuery = graphql(`
  query CustomerData($id: ID!) {
    customerData(id: $id)
  }
`);
