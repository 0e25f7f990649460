import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProblemType } from '../../graphql/problem.types.js';
import { CustomerSelection } from '../bulk-actions/bulk-job.types.js';

export enum BatchIdentifierEnum {
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
  CARD_NUMBER = 'CARD_NUMBER',
  CUSTOMER_ID = 'CUSTOMER_ID',
}
registerEnumType(BatchIdentifierEnum, {
  name: 'BatchIdentifier',
  description: 'The CSV column that names the customer.',
});

export enum BatchStatusEnum {
  PREVIEW = 'PREVIEW',
  APPLYING = 'APPLYING',
  DONE = 'DONE',
}
registerEnumType(BatchStatusEnum, { name: 'BalanceBatchStatus' });

@InputType()
export class BalanceBatchInput {
  @Field() currency!: string;
  @Field(() => BatchIdentifierEnum, { nullable: true, description: 'Required with csv or fileId.' })
  identifier?: BatchIdentifierEnum | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Lines of identifier[,amount]; comma, semicolon or tab; amounts in decimal notation. A first line naming the columns (mobile,amount) is a header.',
  })
  csv?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Instead of csv: a file uploaded to POST /files (the way for large files; csv is bounded by the 1 MB request limit).',
  })
  fileId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Instead of a file: every customer of this segment.' })
  segmentId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Instead of a file or segment: every member of this group.',
  })
  groupId?: string | null;
  @Field(() => CustomerSelection, {
    nullable: true,
    description:
      "Instead of a file, segment or group: the customers chosen in the list (ids, or the list's filter and search).",
  })
  selection?: CustomerSelection | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Units for every line: with a segment, group or selection, or a file without amounts.',
  })
  amount?: number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

@ObjectType('BalanceBatchLine')
export class BalanceBatchLineType {
  @Field(() => Int) line!: number;
  @Field() identifier!: string;
  @Field(() => Float) amount!: number;
  @Field({ description: 'UNMATCHED, INVALID, INACTIVE, NEGATIVE (at preview) or TOO_LOW (when applied).' })
  problem!: string;
  @Field(() => String, { nullable: true, description: 'Why, in English.' }) detail!: string | null;
  @Field(() => ProblemType, { nullable: true, description: 'Why, by code: what clients translate.' })
  detailProblem!: ProblemType | null;
}

@ObjectType('BalanceBatch')
export class BalanceBatchType {
  @Field(() => ID) id!: string;
  @Field(() => BatchStatusEnum) status!: BatchStatusEnum;
  @Field() currency!: string;
  @Field() identifier!: string;
  @Field() reason!: string;
  @Field() comment!: string;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Int, { description: 'The last line number of the file (or segment members).' })
  totalLines!: number;
  @Field(() => Int, { description: 'Lines that will be (or were) applied.' }) matched!: number;
  @Field(() => Int) unmatched!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => Int) inactive!: number;
  @Field(() => Int) wouldGoNegative!: number;
  @Field(() => Int, { description: 'Refused when applied: the balance had fallen meanwhile.' })
  tooLow!: number;
  @Field(() => Int) applied!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
