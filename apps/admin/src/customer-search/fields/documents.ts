import { graphql } from '../../gql';

export const CustomerFieldsQuery = graphql(`
  query CustomerFieldList {
    customerFields {
      key
      label {
        en
        ru
        fa
      }
      kind
      operators
      choices {
        value
        label {
          en
          ru
          fa
        }
      }
      sortable
      source
      attributeType
      decimals
    }
  }
`);
