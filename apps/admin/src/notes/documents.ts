import { graphql } from '../gql';

export const NoteFields = graphql(`
  fragment NoteFields on Note {
    id
    customerId
    authorId
    authorName
    body
    pinned
    createdAt
    updatedAt
    mentions {
      staffId
      name
    }
  }
`);

export const CustomerNotesQuery = graphql(`
  query CustomerNotes($customerId: ID!, $first: Int!, $after: String) {
    customerNotes(customerId: $customerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NoteFields
        }
      }
    }
  }
`);

export const MentionableStaffQuery = graphql(`
  query MentionableStaff($search: String!) {
    mentionableStaff(search: $search, first: 8) {
      id
      name
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      ...NoteFields
    }
  }
`);

export const EditNoteMutation = graphql(`
  mutation EditNote($id: ID!, $input: EditNoteInput!) {
    editNote(id: $id, input: $input) {
      ...NoteFields
    }
  }
`);

export const DeleteNoteMutation = graphql(`
  mutation DeleteNote($id: ID!) {
    deleteNote(id: $id)
  }
`);

export const PinNoteMutation = graphql(`
  mutation PinNote($id: ID!, $pinned: Boolean!) {
    pinNote(id: $id, pinned: $pinned) {
      ...NoteFields
    }
  }
`);
