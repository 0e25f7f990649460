import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';

export enum CustomerStatusEnum {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  ERASED = 'ERASED',
}
registerEnumType(CustomerStatusEnum, {
  name: 'CustomerStatus',
  valuesConfig: {
    ERASED: {
      description: 'Personal data erased on request (eraseCustomer): the profile no longer changes.',
    },
  },
});

export type SortDirection = 'ASC' | 'DESC';

export enum SortDirectionEnum {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

export enum OnDuplicateEnum {
  REFUSE = 'REFUSE',
  ATTACH_AS_CHILD = 'ATTACH_AS_CHILD',
}
registerEnumType(OnDuplicateEnum, {
  name: 'OnDuplicate',
  description: 'What to do with a new profile whose mobile or email a live customer already has.',
  valuesConfig: {
    REFUSE: { description: 'Refuse a taken unique value (VALUE_TAKEN); a shared email is allowed.' },
    ATTACH_AS_CHILD: {
      description:
        'Keep the profile as a child of that customer (mobile first, then email): it is listed among its sources and child profiles, not as a customer of its own.',
    },
  },
});

@ObjectType('Customer')
export class CustomerType {
  @Field(() => ID) id!: string;
  @Field(() => CustomerStatusEnum) status!: CustomerStatusEnum;
  @Field(() => JSONScalar, {
    description:
      'Every attribute value (system and custom) keyed by attribute key. Dates are YYYY-MM-DD, date-times ISO 8601, phones E.164.',
  })
  attributes!: Record<string, unknown>;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) mobile!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) cardNumber!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => ID, {
    nullable: true,
    description:
      'Set on a child profile (attached on arrival or merged): its main profile. A child is not listed or counted as a customer.',
  })
  mainCustomerId!: string | null;
  /** Tag ids; the tags module resolves `tags`. */
  tagIds!: string[];
  /** The customer number when the row at hand had it; `number` reads it otherwise. */
  knownNumber!: number | null;
}

@ObjectType()
export class CustomerEdge {
  @Field() cursor!: string;
  @Field(() => CustomerType) node!: CustomerType;
}

@ObjectType()
export class CustomerConnection {
  @Field(() => [CustomerEdge]) edges!: CustomerEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class CustomerSortInput {
  @Field({ description: 'A sortable field key (see customerFields), e.g. createdAt or an attribute key.' })
  field!: string;
  @Field(() => SortDirectionEnum) direction!: SortDirection;
}

@InputType()
export class CreateCustomerInput {
  @Field(() => JSONScalar, {
    description: 'Values keyed by attribute key; validated against the attribute definitions.',
  })
  attributes!: unknown;
  @Field(() => CustomerStatusEnum, { defaultValue: CustomerStatusEnum.ACTIVE })
  status!: CustomerStatusEnum;
  @Field(() => OnDuplicateEnum, { defaultValue: OnDuplicateEnum.REFUSE })
  onDuplicate!: OnDuplicateEnum;
}

@InputType()
export class UpdateCustomerInput {
  @Field(() => JSONScalar, { description: 'Only the keys given change; null clears a value.' })
  attributes!: unknown;
}
