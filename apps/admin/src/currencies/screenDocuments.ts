import { graphql } from '../gql';

// Apart from documents.ts, which the first screen imports: these come with the screens that use them.
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
