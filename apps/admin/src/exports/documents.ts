import { graphql } from '../gql';

export const CustomerExportFields = graphql(`
  fragment CustomerExportFields on CustomerExport {
    id
    state
    format
    total
    done
    fileName
    downloadPath
    expiresAt
    problem {
      code
      params
    }
  }
`);

export const StartCustomerExportMutation = graphql(`
  mutation StartCustomerExport($input: CustomerExportInput!) {
    startCustomerExport(input: $input) {
      ...CustomerExportFields
    }
  }
`);

export const CustomerExportQuery = graphql(`
  query CustomerExport($id: ID!) {
    customerExport(id: $id) {
      ...CustomerExportFields
    }
  }
`);
