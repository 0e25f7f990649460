import { graphql } from '../../gql';

export const MyCustomerColumnsQuery = graphql(`
  query MyCustomerColumns {
    me {
      id
      customerColumns {
        key
        width
      }
    }
  }
`);

export const UpdateMyCustomerColumnsMutation = graphql(`
  mutation UpdateMyCustomerColumns($columns: [ListColumnInput!]!) {
    updateMyCustomerColumns(columns: $columns) {
      id
      customerColumns {
        key
        width
      }
    }
  }
`);
