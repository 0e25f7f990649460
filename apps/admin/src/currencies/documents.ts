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

export const CreateCurrencyMutation = graphql(`
  mutation CreateCurrency($input: CurrencyInput!) {
    createCurrency(input: $input) {
      ...CurrencyFields
    }
  }
`);

export const UpdateCurrencyMutation = graphql(`
  mutation UpdateCurrency($id: ID!, $input: CurrencyInput!) {
    updateCurrency(id: $id, input: $input) {
      ...CurrencyFields
    }
  }
`);
