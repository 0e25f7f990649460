import { useTranslate } from 'react-admin';
import { reasonWords } from '../history/describeEvent';
import type { LedgerOperation } from './ledgerPages';

/** Stands for the invoice while the sentence is translated, so the number can be set apart. */
const SLOT = '\u0000';

/**
 * Why an operation happened, in the reader's language; an invoice number in it (D-19-4) stays whole
 * on one line and reads left to right in Persian too.
 */
export function ReasonText({ operation: op }: { operation: LedgerOperation }) {
  const translate = useTranslate();
  const params = (op.reasonParams ?? {}) as Record<string, unknown>;
  const invoice = typeof params.invoice === 'string' ? params.invoice : '';
  const text = reasonWords(
    { t: translate },
    op.reason,
    op.reasonCode,
    invoice ? { ...params, invoice: SLOT } : params,
  );
  const [before, after] = text.split(SLOT);
  if (after === undefined) return <>{text}</>;
  return (
    <>
      {before}
      <bdi dir="ltr" style={{ whiteSpace: 'nowrap' }} data-testid="ledger-invoice">
        {invoice}
      </bdi>
      {after}
    </>
  );
}
