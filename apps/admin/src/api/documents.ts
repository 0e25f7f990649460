import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me { id email name role locale calendar permissions workspace { id name } }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { id name locale calendar }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout { logout }
`);

export const UpdatePreferencesMutation = graphql(`
  mutation UpdatePreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) { id locale calendar }
  }
`);

export const AttributeRegistryQuery = graphql(`
  query AttributeRegistry($includeRetired: Boolean! = false) {
    attributeDefinitions(includeRetired: $includeRetired) {
      id key type system required unique defaultValue group position shownInList filterable retired
      label { en ru fa }
      helpText { en ru fa }
      choices { value label { en ru fa } }
    }
    attributeGroups { key position label { en ru fa } }
  }
`);

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id status attributes displayName createdAt updatedAt
  }
`);

export const CustomersQuery = graphql(`
  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {
    customers(first: $first, after: $after, sort: $sort, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CustomerFields } }
    }
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) { ...CustomerFields }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { ...CustomerFields }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) { ...CustomerFields }
  }
`);

export const SetCustomerStatusMutations = {
  activate: graphql(`
    mutation ActivateCustomer($id: ID!) { activateCustomer(id: $id) { ...CustomerFields } }
  `),
  deactivate: graphql(`
    mutation DeactivateCustomer($id: ID!) { deactivateCustomer(id: $id) { ...CustomerFields } }
  `),
};

export const DeleteCustomerMutation = graphql(`
  mutation DeleteCustomer($id: ID!) { deleteCustomer(id: $id) }
`);

export const CustomerHistoryQuery = graphql(`
  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {
    customer(id: $id) {
      id
      history(first: $first, after: $after, types: $types) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id type occurredAt actor { id name kind } changes { key oldValue newValue } } }
      }
    }
  }
`);

export const CreateAttributeMutation = graphql(`
  mutation CreateAttribute($input: CreateAttributeDefinitionInput!) {
    createAttributeDefinition(input: $input) { id }
  }
`);

export const UpdateAttributeMutation = graphql(`
  mutation UpdateAttribute($id: ID!, $input: UpdateAttributeDefinitionInput!) {
    updateAttributeDefinition(id: $id, input: $input) { id }
  }
`);

export const ReorderAttributesMutation = graphql(`
  mutation ReorderAttributes($ids: [ID!]!) {
    reorderAttributeDefinitions(ids: $ids) { id position }
  }
`);

export const RetireAttributeMutation = graphql(`
  mutation RetireAttribute($id: ID!) { retireAttributeDefinition(id: $id) { id retired } }
`);

export const RestoreAttributeMutation = graphql(`
  mutation RestoreAttribute($id: ID!) { restoreAttributeDefinition(id: $id) { id retired } }
`);
