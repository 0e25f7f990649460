import { Field, ObjectType } from 'type-graphql';

@ObjectType('LostCard', { description: 'A card number reported lost: never given to a customer again.' })
export class LostCardType {
  @Field({ description: 'The number as the customer held it.' }) cardNumber!: string;
  @Field() reportedAt!: Date;
  @Field({ description: 'Why, as the staff member wrote it; may be empty.' }) reason!: string;
  @Field({ description: 'Who reported it: a staff member, an API key or the system.' }) reportedBy!: string;
}
