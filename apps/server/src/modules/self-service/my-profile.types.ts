import { Field, InputType } from 'type-graphql';

/**
 * What a customer may change of themselves; a key left out stays, null clears it. The mobile (their
 * sign-in) and the card number are not here, so they cannot even be asked for.
 */
@InputType('MyProfileInput')
export class MyProfileInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: "One of the gender attribute's choices." })
  gender?: string | null;
}
