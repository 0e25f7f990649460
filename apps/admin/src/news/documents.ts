import { graphql } from '../gql';

export const NewsPostFields = graphql(`
  fragment NewsPostFields on NewsPost {
    id
    title {
      en
      ru
      fa
    }
    body {
      en
      ru
      fa
    }
    segmentId
    segmentName
    segmentPrivate
    publishAt
    expiresAt
    pinned
    status
    readCount
    createdByName
    updatedAt
  }
`);

export const NewsPostsQuery = graphql(`
  query NewsPosts($status: NewsStatus, $first: Int!, $offset: Int!) {
    newsPosts(status: $status, first: $first, offset: $offset) {
      totalCount
      items {
        ...NewsPostFields
      }
    }
  }
`);

export const NewsPostQuery = graphql(`
  query NewsPost($id: ID!) {
    newsPost(id: $id) {
      ...NewsPostFields
    }
  }
`);

export const CreateNewsPostMutation = graphql(`
  mutation CreateNewsPost($input: NewsPostInput!) {
    createNewsPost(input: $input) {
      ...NewsPostFields
    }
  }
`);

export const UpdateNewsPostMutation = graphql(`
  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {
    updateNewsPost(id: $id, input: $input) {
      ...NewsPostFields
    }
  }
`);

export const DeleteNewsPostMutation = graphql(`
  mutation DeleteNewsPost($id: ID!) {
    deleteNewsPost(id: $id)
  }
`);
