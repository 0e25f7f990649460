import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('StaffSession', { description: 'A browser signed in as me.' })
export class StaffSessionType {
  @Field(() => ID, { description: 'Names the session for signing it out; not its secret token.' })
  id!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'When it was last used (kept to the minute).' }) lastSeenAt!: Date;
  @Field({ description: 'It ends then at the latest, even if used.' }) expiresAt!: Date;
  @Field(() => String, { nullable: true, description: 'The address it signed in from.' }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field({ description: 'The session of this request.' }) current!: boolean;
}
