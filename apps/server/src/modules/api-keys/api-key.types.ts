import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ApiKeyStatusEnum {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiKeyStatusEnum, { name: 'ApiKeyStatus' });

@ObjectType('ApiKey', { description: 'A partner app’s key; its secret was shown once, when it was created.' })
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The visible start of the key, ptn_<prefix>_…, to tell keys apart.' })
  prefix!: string;
  @Field(() => [String], { description: 'The permissions the key holds, e.g. customers.read.' })
  permissions!: string[];
  @Field(() => Int) requestsPerMinute!: number;
  @Field(() => ApiKeyStatusEnum) status!: ApiKeyStatusEnum;
  @Field() createdAt!: Date;
  @Field({ description: 'Who created it (their name at the time).' }) createdBy!: string;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedBy!: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKeyType) key!: ApiKeyType;
  @Field({
    description:
      'The whole key, for the partner app’s Authorization: Bearer header. Shown only in this answer.',
  })
  secret!: string;
}

@ObjectType({ description: 'A permission an API key may hold.' })
export class ApiKeyPermission {
  @Field({ description: 'e.g. customers.read' }) name!: string;
  @Field({ description: 'What it allows, in English.' }) description!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Which app uses it, e.g. "Web shop".' }) name!: string;
  @Field(() => [String]) permissions!: string[];
  @Field(() => Date, { nullable: true, description: 'None: valid until revoked.' })
  expiresAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Default 600.' })
  requestsPerMinute?: number | null;
}
