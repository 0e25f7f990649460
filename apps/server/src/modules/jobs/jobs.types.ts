import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';

export enum JobRunStateEnum {
  WAITING = 'WAITING',
  RETRYING = 'RETRYING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(JobRunStateEnum, {
  name: 'JobRunState',
  description: 'WAITING for a worker, RETRYING after a failed attempt (backing off), RUNNING, or over.',
});

@ObjectType('JobProgress', { description: 'How far a run got: units of its work done, of all.' })
export class JobProgressType {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('JobRun', { description: 'One run of a background job, on the job queue.' })
export class JobRunType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The job, e.g. bulk-actions.run or ledger.expiry.' })
  job!: string;
  @Field(() => JobRunStateEnum) state!: JobRunStateEnum;
  @Field({ description: 'False for a run that serves every workspace (periodic or kicked work).' })
  ownWorkspace!: boolean;
  @Field(() => Int, { description: 'Attempts made so far (a failed attempt is retried with backoff).' })
  attempts!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field() queuedAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (own runs only).' })
  error!: string | null;
  @Field(() => JSONScalar, { nullable: true, description: 'What the run was given (own runs only).' })
  payload!: Record<string, unknown> | null;
  @Field(() => JobProgressType, {
    nullable: true,
    description: 'How far the run got, for jobs that tell (e.g. customers checked of all).',
  })
  progress!: JobProgressType | null;
  @Field({ description: 'Whether this workspace may cancel it now.' }) canCancel!: boolean;
  @Field({ description: 'Whether this workspace may run it again now.' }) canRetry!: boolean;
}

@ObjectType()
export class JobRunEdge {
  @Field() cursor!: string;
  @Field(() => JobRunType) node!: JobRunType;
}

@ObjectType()
export class JobRunConnection {
  @Field(() => [JobRunEdge]) edges!: JobRunEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
