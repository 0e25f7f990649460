import { parseAmount } from '../common/amounts';
import { endOfDay } from '../common/dayRange';
import { enumValues } from '../common/enums';
import { type BalanceBatchInput, BatchIdentifier } from '../gql/graphql';
import type { Direction } from '../ledger/DirectionInput';

/** A file picked in the browser, read as text. */
export interface PickedFile {
  name: string;
  text: string;
}

/** The "Source" step's form, as react-admin holds it. */
export interface SourceValues {
  currency: string;
  source: 'file' | 'segment' | 'group';
  file?: PickedFile | null;
  identifier: BatchIdentifier;
  segmentId?: string | null;
  groupId?: string | null;
  direction: Direction;
  amount?: string | null;
  reason: string;
  comment?: string | null;
  expiresOn?: string | null;
}

/** The columns a file may name its customers by, the usual ones first. */
export const IDENTIFIERS: readonly BatchIdentifier[] = enumValues(BatchIdentifier, [
  BatchIdentifier.MOBILE,
  BatchIdentifier.EMAIL,
]);

/**
 * What the API is asked to preview. The amount typed (in the language's digits) takes the direction's
 * sign; amounts inside a file are used as written. The expiry is for additions only. A file is named
 * by `fileId` once uploaded (POST /files), else sent inline.
 */
export function batchInput(values: SourceValues, locale: string, fileId?: string): BalanceBatchInput {
  const adding = values.direction !== 'subtract';
  const typed = values.amount ? parseAmount(values.amount, locale)?.value : undefined;
  const fromFile = values.source === 'file';
  return {
    currency: values.currency,
    ...(fromFile
      ? fileId
        ? { fileId, identifier: values.identifier }
        : { csv: values.file?.text ?? '', identifier: values.identifier }
      : values.source === 'group'
        ? { groupId: values.groupId ?? '' }
        : { segmentId: values.segmentId ?? '' }),
    amount: typed === undefined ? null : adding ? typed : -typed,
    reason: values.reason,
    comment: values.comment || null,
    expiresAt: adding && values.expiresOn ? endOfDay(values.expiresOn) : null,
  };
}

/** Lines with something on them: how many a picked file has, for the user to check. */
export const countLines = (text: string): number => text.split(/\r\n|\n|\r/).filter((l) => l.trim()).length;

/** The API names fields by its input; the form names some differently (the file, the picked day). */
export function formFieldOf(inputField: string, source: SourceValues['source']): string {
  if (inputField === 'fileId') return 'file';
  if (inputField === 'csv') return source === 'file' ? 'file' : source === 'group' ? 'groupId' : 'segmentId';
  if (inputField === 'expiresAt') return 'expiresOn';
  return inputField;
}
