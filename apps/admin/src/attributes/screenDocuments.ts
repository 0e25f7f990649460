import { graphql } from '../gql';

// Apart from documents.ts, which the first screen imports: these come with the screens that use them.
export const CreateAttributeDefinitionMutation = graphql(`
  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {
    createAttributeDefinition(input: $input) {
      id
    }
  }
`);

export const UpdateAttributeDefinitionMutation = graphql(`
  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {
    updateAttributeDefinition(id: $id, input: $input) {
      id
    }
  }
`);

export const ReorderAttributeDefinitionsMutation = graphql(`
  mutation ReorderAttributeDefinitions($ids: [ID!]!) {
    reorderAttributeDefinitions(ids: $ids) {
      id
      position
    }
  }
`);

export const RetireAttributeDefinitionMutation = graphql(`
  mutation RetireAttributeDefinition($id: ID!) {
    retireAttributeDefinition(id: $id) {
      id
      retired
    }
  }
`);

export const RestoreAttributeDefinitionMutation = graphql(`
  mutation RestoreAttributeDefinition($id: ID!) {
    restoreAttributeDefinition(id: $id) {
      id
      retired
    }
  }
`);

export const AttributeFormatsQuery = graphql(`
  query AttributeFormats {
    attributeFormats {
      key
      base
      module
      label {
        en
        ru
        fa
      }
    }
  }
`);

export const StartAttributeValuesReportMutation = graphql(`
  mutation StartAttributeValuesReport($id: ID!, $format: String) {
    startAttributeValuesReport(id: $id, format: $format)
  }
`);

export const AttributeValuesCheckQuery = graphql(`
  query AttributeValuesCheck($id: ID!, $format: String) {
    attributeValuesCheck(id: $id, format: $format) {
      format
      checked
      fit
      rewritten
      refused
      firstRefused {
        customerId
        customerNumber
        value
        problem {
          code
          params
        }
      }
      firstRewritten {
        customerId
        customerNumber
        value
        storedAs
      }
    }
  }
`);
