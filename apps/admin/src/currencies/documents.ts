import { graphql } from '../gql';

export const CurrencyFields = graphql(`
  fragment CurrencyFields on Currency {
    id
    key
    name {
      en
      ru
      fa
    }
    decimals
    unitValue
    spendable
    position
  }
`);

export const CurrenciesQuery = graphql(`
  query Currencies {
    currencies {
      ...CurrencyFields
    }
  }
`);
