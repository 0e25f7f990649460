import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';
import { CustomerType } from '../customers/customer.types.js';

@ObjectType('RelationType', {
  description:
    'A kind of link between two customers. `name` is what the related customer is to the customer; `inverseName` what the customer is to the related one (e.g. Parent / Child); a symmetric type has none.',
})
export class RelationTypeType {
  @Field() key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) inverseName!: LocalizedText | null;
  @Field({
    description: 'Shipped with Patron (family, colleague, friend, business partner): cannot be changed.',
  })
  shipped!: boolean;
}

@InputType()
export class RelationTypeInput {
  @Field(() => String, {
    nullable: true,
    description: 'Only when creating: 1–31 lower-case Latin letters, digits or _.',
  })
  key?: string | null;
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Leave empty for a symmetric type.' })
  inverseName?: LocalizedTextInput | null;
}

@ObjectType('CustomerRelation', { description: 'A relation as the customer whose card shows it sees it.' })
export class CustomerRelationType {
  @Field(() => ID) id!: string;
  @Field(() => RelationTypeType) type!: RelationTypeType;
  @Field(() => LocalizedText, { description: 'What the related customer is to this one.' })
  label!: LocalizedText;
  @Field(() => CustomerType) related!: CustomerType;
  @Field() createdAt!: Date;
}

@InputType()
export class AddCustomerRelationInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) relatedCustomerId!: string;
  @Field() typeKey!: string;
  @Field({
    defaultValue: false,
    description: "For a two-sided type: the related customer is the type's inverse name to the customer.",
  })
  inverse!: boolean;
}
