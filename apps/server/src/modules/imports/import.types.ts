import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';
import { PageInfo } from '../../graphql/page-info.js';
import { ProblemType } from '../../graphql/problem.types.js';

export enum ImportKindEnum {
  CUSTOMERS = 'CUSTOMERS',
  PURCHASES = 'PURCHASES',
  OPERATIONS = 'OPERATIONS',
}
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description:
    'CUSTOMERS; PURCHASES (purchase history); OPERATIONS (points and balance history: ledger operations with their dates).',
});

export enum ImportModeEnum {
  CREATE_ONLY = 'CREATE_ONLY',
  UPDATE_ONLY = 'UPDATE_ONLY',
  CREATE_OR_UPDATE = 'CREATE_OR_UPDATE',
}
registerEnumType(ImportModeEnum, { name: 'ImportMode' });

export enum ImportMatchOnEnum {
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
  CARD_NUMBER = 'CARD_NUMBER',
  EXTERNAL_ID = 'EXTERNAL_ID',
}
registerEnumType(ImportMatchOnEnum, { name: 'ImportMatchOn' });

export enum ImportStateEnum {
  MAPPING = 'MAPPING',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ImportStateEnum, { name: 'ImportState' });

export enum ImportRowOutcomeEnum {
  NEW = 'NEW',
  UPDATE = 'UPDATE',
  ATTACH = 'ATTACH',
  SKIP = 'SKIP',
  INVALID = 'INVALID',
}
registerEnumType(ImportRowOutcomeEnum, { name: 'ImportRowOutcome' });

export enum ImportFormatEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ImportFormatEnum, { name: 'ImportFormat' });

@ObjectType({
  description: 'A column of the file and what it is imported into (target null: the column is skipped).',
})
export class ImportColumn {
  @Field(() => Int, { description: 'From 0, left to right.' }) index!: number;
  @Field() header!: string;
  @Field(() => String, { nullable: true, description: 'An importTargets key, or null to skip the column.' })
  target!: string | null;
  @Field(() => [String], { description: 'The first values of the column, as written in the file.' })
  samples!: string[];
}

@ObjectType()
export class ImportCounts {
  @Field(() => Int, { description: 'Rows read so far (all of them once done).' }) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int, {
    description: 'Attached as a child of a main profile (duplicates); 0 until that exists.',
  })
  attached!: number;
  @Field(() => Int, { description: 'Nothing to change, or left out by the mode.' }) skipped!: number;
  @Field(() => Int) invalid!: number;
}

@ObjectType()
export class ImportProgress {
  @Field(() => Int) done!: number;
  @Field(() => Int, { nullable: true, description: 'Rows of the file; known once the run has counted them.' })
  total!: number | null;
}

@ObjectType({
  description:
    'Bringing customers, purchase history or points and balance history in from a CSV or XLSX file.',
})
export class Import {
  @Field(() => ID) id!: string;
  @Field(() => ImportKindEnum) kind!: ImportKindEnum;
  @Field(() => ImportStateEnum) state!: ImportStateEnum;
  @Field() fileName!: string;
  @Field(() => ImportFormatEnum) format!: ImportFormatEnum;
  @Field(() => String, {
    nullable: true,
    description: 'CSV: utf-8, utf-16le, utf-16be, windows-1251 or windows-1256.',
  })
  encoding!: string | null;
  @Field(() => String, { nullable: true, description: 'CSV: , ; | or a tab.' }) delimiter!: string | null;
  @Field(() => [String], { description: 'XLSX: every sheet of the workbook.' }) sheets!: string[];
  @Field(() => String, { nullable: true, description: 'XLSX: the sheet read.' }) sheet!: string | null;
  @Field(() => [ImportColumn]) columns!: ImportColumn[];
  @Field(() => ImportModeEnum) mode!: ImportModeEnum;
  @Field(() => ImportMatchOnEnum) matchOn!: ImportMatchOnEnum;
  @Field({ description: 'PURCHASES: whether earning rules give points for the imported purchases.' })
  applyEarningRules!: boolean;
  @Field({
    description:
      'CUSTOMERS: a new row whose mobile or email a live customer has becomes that customer’s child profile (ATTACH) instead of a new customer or a refused row.',
  })
  attachDuplicates!: boolean;
  @Field(() => ImportCounts) counts!: ImportCounts;
  @Field(() => ImportProgress) progress!: ImportProgress;
  @Field(() => ProblemType, {
    nullable: true,
    description: 'Why the file cannot be read, or why the run failed.',
  })
  problem!: ProblemType | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The rows not imported as CSV, downloaded from GET /files/:id.',
  })
  reportFileId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class ImportEdge {
  @Field() cursor!: string;
  @Field(() => Import) node!: Import;
}

@ObjectType()
export class ImportConnection {
  @Field(() => [ImportEdge]) edges!: ImportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('ImportTarget', { description: 'Something a column can be imported into.' })
export class ImportTargetType {
  @Field({
    description:
      "An attribute key, 'tags', 'balance:<CURRENCY>'; for PURCHASES customer, date, amount, invoice, items, branch, isReturn; for OPERATIONS customer, currency, amount, date, reason, comment, operationId, expiresAt.",
  })
  key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field({ description: 'The attribute type, or TAGS, BALANCE, IDENTIFIER.' }) kind!: string;
  @Field() group!: string;
}

@ObjectType()
export class ImportPreviewCell {
  @Field(() => Int) index!: number;
  @Field() header!: string;
  @Field(() => String, {
    nullable: true,
    description: 'As it will be stored (a phone in E.164, a date in ISO).',
  })
  value!: string | null;
  @Field(() => ProblemType, { nullable: true }) problem!: ProblemType | null;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int) line!: number;
  @Field(() => ImportRowOutcomeEnum) outcome!: ImportRowOutcomeEnum;
  @Field(() => ProblemType, { nullable: true, description: 'Why the whole row is left out (SKIP, INVALID).' })
  problem!: ProblemType | null;
  @Field(() => [ImportPreviewCell]) cells!: ImportPreviewCell[];
}

@ObjectType()
export class ImportPreview {
  @Field(() => [ImportPreviewRow]) rows!: ImportPreviewRow[];
  @Field(() => ImportCounts, { description: 'Outcomes of the previewed rows only.' }) counts!: ImportCounts;
  @Field({
    description:
      'Points and balance history (OPERATIONS) whose previewed rows are not oldest first: the run applies them by date (ties in file order), whatever the order of the file. Always false for other kinds.',
  })
  outOfDateOrder!: boolean;
}

@ObjectType()
export class ImportTemplateColumn {
  @Field() header!: string;
  @Field(() => String, { nullable: true }) target!: string | null;
}

@ObjectType({ description: 'A saved mapping of headers to targets.' })
export class ImportTemplate {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ImportKindEnum) kind!: ImportKindEnum;
  @Field(() => [ImportTemplateColumn]) columns!: ImportTemplateColumn[];
}

@InputType()
export class OpenImportInput {
  @Field(() => ID, { description: 'An upload from POST /files.' }) fileId!: string;
  @Field(() => ImportKindEnum) kind!: ImportKindEnum;
  @Field(() => String, { nullable: true, description: 'Detected when not given.' }) encoding?: string | null;
  @Field(() => String, { nullable: true, description: 'Detected when not given.' }) delimiter?: string | null;
  @Field(() => String, { nullable: true, description: 'XLSX: the first sheet when not given.' }) sheet?:
    | string
    | null;
}

@InputType()
export class ImportColumnInput {
  @Field(() => Int) index!: number;
  @Field(() => String, { nullable: true }) target!: string | null;
}

@InputType({
  description: 'Only what is given changes; a new encoding, delimiter or sheet reads the header again.',
})
export class ConfigureImportInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) sheet?: string | null;
  @Field(() => String, { nullable: true }) encoding?: string | null;
  @Field(() => String, { nullable: true }) delimiter?: string | null;
  @Field(() => [ImportColumnInput], { nullable: true }) columns?: ImportColumnInput[] | null;
  @Field(() => ImportModeEnum, { nullable: true }) mode?: ImportModeEnum | null;
  @Field(() => ImportMatchOnEnum, { nullable: true }) matchOn?: ImportMatchOnEnum | null;
  @Field(() => Boolean, { nullable: true }) applyEarningRules?: boolean | null;
  @Field(() => Boolean, { nullable: true }) attachDuplicates?: boolean | null;
  @Field(() => ID, { nullable: true, description: "Maps the columns by a saved template's headers." })
  templateId?: string | null;
}

@InputType()
export class SaveImportTemplateInput {
  @Field(() => ID) importId!: string;
  @Field() name!: string;
}
