import { graphql } from '../gql';

export const LoyaltyProgrammeQuery = graphql(`
  query LoyaltyProgramme {
    loyaltyProgramme {
      rules
      timeZone
    }
  }
`);

export const UpdateLoyaltyProgrammeMutation = graphql(`
  mutation UpdateLoyaltyProgramme($input: ProgrammeInput!) {
    updateLoyaltyProgramme(input: $input) {
      rules
      timeZone
    }
  }
`);
