import { graphql } from '../gql';

/** For pickers and chips: no counts, which take a pass over every customer. */
export const TagsQuery = graphql(`
  query Tags {
    tags {
      id
      name
      color
    }
  }
`);

/** For the Tags screen only. */
export const TagsWithCountsQuery = graphql(`
  query TagsWithCounts {
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
    }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation UpdateTag($id: ID!, $input: TagInput!) {
    updateTag(id: $id, input: $input) {
      id
      name
      color
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
