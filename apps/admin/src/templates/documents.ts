import { graphql } from '../gql';

export const MessageTemplateFields = graphql(`
  fragment MessageTemplateFields on MessageTemplate {
    id
    name
    channel
    contents {
      language
      subject
      text
      html
    }
    createdAt
    updatedAt
  }
`);

export const MessageTemplatesQuery = graphql(`
  query MessageTemplates {
    messageTemplates {
      ...MessageTemplateFields
    }
  }
`);

export const MessageTemplateQuery = graphql(`
  query MessageTemplate($id: ID!) {
    messageTemplate(id: $id) {
      ...MessageTemplateFields
    }
  }
`);

export const TemplateVariablesQuery = graphql(`
  query TemplateVariables {
    templateVariables
  }
`);

export const CreateMessageTemplateMutation = graphql(`
  mutation CreateMessageTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      ...MessageTemplateFields
    }
  }
`);

export const UpdateMessageTemplateMutation = graphql(`
  mutation UpdateMessageTemplate($id: ID!, $input: MessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) {
      ...MessageTemplateFields
    }
  }
`);

export const DeleteMessageTemplateMutation = graphql(`
  mutation DeleteMessageTemplate($id: ID!) {
    deleteMessageTemplate(id: $id)
  }
`);

export const PreviewTemplateQuery = graphql(`
  query PreviewTemplate($customerId: ID!, $draft: MessageTemplateInput!, $language: Locale) {
    previewTemplate(customerId: $customerId, draft: $draft, language: $language) {
      language
      subject
      text
      html
      smsLength {
        encoding
        characters
        parts
        perPart
      }
      problem {
        code
        variable
        message
      }
    }
  }
`);
