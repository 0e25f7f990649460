import { graphql } from '../gql';

export const ImportFields = graphql(`
  fragment ImportFields on Import {
    id
    kind
    state
    fileName
    format
    encoding
    delimiter
    sheets
    sheet
    columns {
      index
      header
      target
      samples
    }
    mode
    matchOn
    applyEarningRules
    attachDuplicates
    counts {
      rows
      created
      updated
      attached
      skipped
      invalid
    }
    progress {
      done
      total
    }
    problem {
      code
      params
    }
    reportFileId
    createdAt
  }
`);

export const ImportQuery = graphql(`
  query Import($id: ID!) {
    import(id: $id) {
      ...ImportFields
    }
  }
`);

export const ImportsQuery = graphql(`
  query Imports($first: Int!, $after: String) {
    imports(first: $first, after: $after) {
      edges {
        node {
          ...ImportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ImportTargetsQuery = graphql(`
  query ImportTargets($kind: ImportKind!) {
    importTargets(kind: $kind) {
      key
      label {
        en
        ru
        fa
      }
      kind
      group
    }
  }
`);

export const ImportTemplatesQuery = graphql(`
  query ImportTemplates($kind: ImportKind!) {
    importTemplates(kind: $kind) {
      id
      name
    }
  }
`);

export const OpenImportMutation = graphql(`
  mutation OpenImport($input: OpenImportInput!) {
    openImport(input: $input) {
      ...ImportFields
    }
  }
`);

export const ConfigureImportMutation = graphql(`
  mutation ConfigureImport($input: ConfigureImportInput!) {
    configureImport(input: $input) {
      ...ImportFields
    }
  }
`);

export const ImportPreviewQuery = graphql(`
  query ImportPreview($id: ID!, $first: Int!) {
    importPreview(id: $id, first: $first) {
      outOfDateOrder
      counts {
        rows
        created
        updated
        attached
        skipped
        invalid
      }
      rows {
        line
        outcome
        problem {
          code
          params
        }
        cells {
          index
          header
          value
          problem {
            code
            params
          }
        }
      }
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartImport($id: ID!) {
    startImport(id: $id) {
      ...ImportFields
    }
  }
`);

export const CancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      ...ImportFields
    }
  }
`);

export const SaveImportTemplateMutation = graphql(`
  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {
    saveImportTemplate(input: $input) {
      id
      name
    }
  }
`);

export const DeleteImportTemplateMutation = graphql(`
  mutation DeleteImportTemplate($id: ID!) {
    deleteImportTemplate(id: $id)
  }
`);
