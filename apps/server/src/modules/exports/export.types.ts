import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProblemType } from '../../graphql/problem.types.js';
import { CustomerSelection } from '../bulk-actions/bulk-job.types.js';

export enum ExportFormatEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

export enum ExportDelimiterEnum {
  COMMA = 'COMMA',
  SEMICOLON = 'SEMICOLON',
  TAB = 'TAB',
}
registerEnumType(ExportDelimiterEnum, { name: 'ExportDelimiter', description: 'CSV only.' });

export enum ExportDateStyleEnum {
  CALENDAR = 'CALENDAR',
  ISO = 'ISO',
}
registerEnumType(ExportDateStyleEnum, {
  name: 'ExportDateStyle',
  description:
    "CALENDAR: the requester's calendar (Jalali YYYY/MM/DD or Gregorian YYYY-MM-DD) in the workspace's time zone; ISO: ISO 8601, instants in UTC.",
});

export enum ExportStateEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ExportStateEnum, { name: 'ExportState' });

@InputType()
export class CustomerExportInput {
  @Field(() => CustomerSelection, {
    description: 'The list (filter/search), a segment (segmentId), listed ids or all: true.',
  })
  selection!: CustomerSelection;
  @Field(() => ExportFormatEnum) format!: ExportFormatEnum;
  @Field(() => ExportDelimiterEnum, { defaultValue: ExportDelimiterEnum.COMMA })
  delimiter!: ExportDelimiterEnum;
  @Field(() => [String], {
    description: 'Keys of customerFields or attributes, in order; each must be readable by your role.',
  })
  columns!: string[];
  @Field(() => ExportDateStyleEnum, { defaultValue: ExportDateStyleEnum.CALENDAR })
  dateStyle!: ExportDateStyleEnum;
}

@ObjectType({
  description: 'A customer export: a background job whose file only its requester can download.',
})
export class CustomerExport {
  @Field(() => ID) id!: string;
  @Field(() => ExportStateEnum) state!: ExportStateEnum;
  @Field(() => ExportFormatEnum) format!: ExportFormatEnum;
  @Field(() => [String]) columns!: string[];
  @Field(() => Int, { nullable: true, description: 'Customers selected (known once the job starts).' })
  total!: number | null;
  @Field(() => Int, { description: 'Customers written so far.' }) done!: number;
  @Field(() => ProblemType, { nullable: true }) problem!: ProblemType | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Bytes.' }) fileSize!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'GET this path with your session to download the file (requester only, until expiresAt).',
  })
  downloadPath!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field() requestedBy!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
