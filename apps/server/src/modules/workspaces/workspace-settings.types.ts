import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('WorkspaceSettings')
export class WorkspaceSettingsType {
  @Field() name!: string;
  @Field({
    description:
      'ISO 3166 country code (IR, RU, …): phone numbers written without a country code (09121234567, 9161234567) are read as numbers of this country, in forms, the API and imports.',
  })
  defaultPhoneCountry!: string;
}

@InputType()
export class WorkspaceSettingsInput {
  @Field(() => String, { nullable: true }) defaultPhoneCountry?: string | null;
}
