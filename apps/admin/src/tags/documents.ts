import { graphql } from '../gql';

export const TagsQuery = graphql(`
  query Tags {
    tags {
      id
      name
      color
      customerCount
    }
  }
`);

export const CreateTagMutation = graphql(`
  mutation CreateTag($input: TagInput!) {
    createTag(input: $input) {
      id
      name
      color
      customerCount
    }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation UpdateTag($id: ID!, $input: TagInput!) {
    updateTag(id: $id, input: $input) {
      id
      name
      color
      customerCount
    }
  }
`);

export const DeleteTagMutation = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`);

export const SetCustomerTagsMutation = graphql(`
  mutation SetCustomerTags($customerId: ID!, $tagIds: [ID!]!) {
    setCustomerTags(customerId: $customerId, tagIds: $tagIds) {
      id
      updatedAt
      tags {
        id
        name
        color
      }
    }
  }
`);
