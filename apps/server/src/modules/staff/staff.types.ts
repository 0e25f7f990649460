import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateStaffInput {
  @Field() email!: string;
  @Field() name!: string;
  @Field({ description: 'A role key of the workspace (see `roles`), e.g. OPERATOR.' }) role!: string;
  @Field({
    description:
      'A temporary password, at least 10 characters, stored only as an argon2 hash: the person must change it at their first sign-in.',
  })
  password!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'An active branch they record purchases at (and only there); none: any branch.',
  })
  branchId?: string | null;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field() currentPassword!: string;
  @Field({ description: 'At least 10 characters, different from the current one.' }) newPassword!: string;
}
