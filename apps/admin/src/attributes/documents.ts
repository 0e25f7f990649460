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
      format
      formatMissing
      formatHint {
        en
        ru
        fa
      }
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
