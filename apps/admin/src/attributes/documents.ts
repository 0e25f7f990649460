import { graphql } from '../gql';

export const AttributeRegistryQuery = graphql(`
  query AttributeRegistry($includeRetired: Boolean! = false) {
    attributeDefinitions(includeRetired: $includeRetired) {
      id
      key
      type
      system
      required
      unique
      defaultValue
      group
      position
      shownInList
      filterable
      retired
      label {
        en
        ru
        fa
      }
      helpText {
        en
        ru
        fa
      }
      choices {
        value
        label {
          en
          ru
          fa
        }
      }
    }
    attributeGroups {
      key
      position
      label {
        en
        ru
        fa
      }
    }
  }
`);

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
