import { graphql } from '../gql';

export const AutomationFieldsFragment = graphql(`
  fragment AutomationFields on Automation {
    id
    name
    paused
    trigger {
      kind
      params
    }
    condition
    actions {
      kind
      params
    }
    recentRuns
    templates {
      id
      name
    }
  }
`);

export const AutomationsQuery = graphql(`
  query Automations {
    automations {
      ...AutomationFields
    }
  }
`);

export const AutomationQuery = graphql(`
  query Automation($id: ID!) {
    automation(id: $id) {
      ...AutomationFields
    }
  }
`);

export const CreateAutomationMutation = graphql(`
  mutation CreateAutomation($input: AutomationInput!) {
    createAutomation(input: $input) {
      ...AutomationFields
    }
  }
`);

export const UpdateAutomationMutation = graphql(`
  mutation UpdateAutomation($id: ID!, $input: AutomationInput!) {
    updateAutomation(id: $id, input: $input) {
      ...AutomationFields
    }
  }
`);

export const SetAutomationPausedMutation = graphql(`
  mutation SetAutomationPaused($id: ID!, $paused: Boolean!) {
    setAutomationPaused(id: $id, paused: $paused) {
      id
      paused
    }
  }
`);

export const DeleteAutomationMutation = graphql(`
  mutation DeleteAutomation($id: ID!) {
    deleteAutomation(id: $id)
  }
`);

export const AutomationRunsQuery = graphql(`
  query AutomationRuns($automationId: ID!, $first: Int!, $after: String) {
    automationRuns(automationId: $automationId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          customerId
          customerName
          customerNumber
          occurrence
          state
          errorCode
          attempts
          retryAt
          createdAt
          outcomes {
            kind
            state
            code
            detail
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
