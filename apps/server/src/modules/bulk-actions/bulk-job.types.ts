import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { ProblemType } from '../../graphql/problem.types.js';
import { CustomerFilterInput } from '../customer-search/customer-search.types.js';
import type { BulkActionKind, BulkJobStatus } from './bulk-action.js';

export enum BulkActionKindEnum {
  SET_FIELDS = 'SET_FIELDS',
  ADD_TAGS = 'ADD_TAGS',
  REMOVE_TAGS = 'REMOVE_TAGS',
  REPLACE_TAGS = 'REPLACE_TAGS',
  ACTIVATE = 'ACTIVATE',
  DEACTIVATE = 'DEACTIVATE',
  DELETE = 'DELETE',
}
registerEnumType(BulkActionKindEnum, { name: 'BulkActionKind' });

export enum BulkJobStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  /** Cancelled on the Jobs screen: the customers done stay changed, the rest were left as they were. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(BulkJobStatusEnum, { name: 'BulkJobStatus' });

@InputType({ description: 'Exactly one of: ids, or a question (filter/search/segmentId), or all: true.' })
export class CustomerSelection {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput | null;
  @Field(() => [String], { nullable: true }) search?: string[] | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field({ nullable: true, defaultValue: false }) all?: boolean;
}

@InputType()
export class BulkActionInput {
  @Field(() => BulkActionKindEnum) kind!: BulkActionKind;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'SET_FIELDS: attribute values keyed by attribute key (null clears).',
  })
  attributes?: Record<string, unknown> | null;
  @Field(() => [ID], { nullable: true, description: 'ADD_TAGS / REMOVE_TAGS / REPLACE_TAGS.' })
  tagIds?: string[] | null;
}

@ObjectType()
export class BulkJobProblem {
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field({ description: 'In English.' }) message!: string;
  @Field(() => ProblemType, { nullable: true, description: 'By code: what clients translate.' })
  problem?: ProblemType | null;
}

@ObjectType()
export class BulkJob {
  @Field(() => ID) id!: string;
  @Field(() => BulkActionKindEnum) kind!: BulkActionKind;
  @Field(() => BulkJobStatusEnum) status!: BulkJobStatus;
  @Field(() => Int, { nullable: true, description: 'Customers selected (known once the job starts).' })
  total!: number | null;
  @Field(() => Int) processed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => [BulkJobProblem], { description: 'First problems met (at most 50).' })
  problems!: BulkJobProblem[];
  @Field() startedBy!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      'Set once no run works on it; a job CANCELLED on the Jobs screen may finish its chunk under way first.',
  })
  finishedAt!: Date | null;
}
