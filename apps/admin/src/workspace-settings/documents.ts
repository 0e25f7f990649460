import { graphql } from '../gql';

export const WorkspaceSettingsQuery = graphql(`
  query WorkspaceSettings {
    me {
      id
      workspace {
        id
      }
    }
    workspaceSettings {
      name
      defaultPhoneCountry
      lifecycle {
        newDays
        atRiskDays
        lostDays
      }
      completenessAttributes
      timeZone
      quietHours {
        start
        end
      }
      selfSignUp
      twoFactorRequiredRoles
    }
  }
`);

export const UpdateWorkspaceSettingsMutation = graphql(`
  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {
    updateWorkspaceSettings(input: $input) {
      name
      defaultPhoneCountry
      lifecycle {
        newDays
        atRiskDays
        lostDays
      }
      completenessAttributes
      timeZone
      quietHours {
        start
        end
      }
      selfSignUp
      twoFactorRequiredRoles
    }
  }
`);
