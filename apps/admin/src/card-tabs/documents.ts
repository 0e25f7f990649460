import { graphql } from '../gql';

export const CustomerCardTabsQuery = graphql(`
  query CustomerCardTabs($customerId: ID!) {
    customerCardTabs(customerId: $customerId) {
      key
      label {
        en
        ru
        fa
      }
    }
  }
`);

export const CardTabValueFields = graphql(`
  fragment CardTabValueFields on CardTabValue {
    kind
    text
    number
    currency
    date
    at
    url
    customerId
    tone
  }
`);

export const CustomerCardTabQuery = graphql(`
  query CustomerCardTab($customerId: ID!, $key: String!, $language: Locale!) {
    customerCardTab(customerId: $customerId, key: $key, language: $language) {
      key
      empty {
        en
        ru
        fa
      }
      sections {
        title {
          en
          ru
          fa
        }
        fields {
          label {
            en
            ru
            fa
          }
          value {
            ...CardTabValueFields
          }
        }
        table {
          columns {
            label {
              en
              ru
              fa
            }
            kind
          }
          rows {
            cells {
              ...CardTabValueFields
            }
          }
          empty {
            en
            ru
            fa
          }
        }
      }
    }
  }
`);
