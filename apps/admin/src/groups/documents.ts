import { graphql } from '../gql';

export const GroupFields = graphql(`
  fragment GroupFields on CustomerGroup {
    id
    name
    description
    createdAt
    memberCount
  }
`);

export const GroupsQuery = graphql(`
  query Groups {
    groups {
      ...GroupFields
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CustomerGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($id: ID!, $input: CustomerGroupInput!) {
    updateGroup(id: $id, input: $input) {
      ...GroupFields
    }
  }
`);

export const DeleteGroupMutation = graphql(`
  mutation DeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);

export const AddCustomersToGroupMutation = graphql(`
  mutation AddCustomersToGroup($groupId: ID!, $selection: GroupMemberSelection!) {
    addCustomersToGroup(groupId: $groupId, selection: $selection) {
      changed
    }
  }
`);

export const RemoveCustomersFromGroupMutation = graphql(`
  mutation RemoveCustomersFromGroup($groupId: ID!, $selection: GroupMemberSelection!) {
    removeCustomersFromGroup(groupId: $groupId, selection: $selection) {
      changed
    }
  }
`);

export const CustomerGroupsQuery = graphql(`
  query CustomerGroups($id: ID!) {
    customer(id: $id) {
      id
      groups {
        id
        name
      }
    }
  }
`);
