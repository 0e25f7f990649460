import { describe, expect, it } from 'vitest';
import { LEDGER_REASONS, type LedgerReasonCode, reasonCode, reasonText } from './ledger-reasons.js';

describe('ledger reason codes', () => {
  it('reads every system reason back as its code, with and without an invoice', () => {
    for (const code of Object.keys(LEDGER_REASONS) as LedgerReasonCode[]) {
      expect(reasonCode(reasonText(code))).toEqual({ code, params: {} });
      expect(reasonCode(reasonText(code, { invoice: 'INV (7)' }))).toEqual({
        code,
        params: { invoice: 'INV (7)' },
      });
    }
  });

  it('leaves reasons typed by staff as they are', () => {
    expect(reasonCode('Welcome gift')).toBeNull();
    expect(reasonCode('Points for a purchase, doubled')).toBeNull();
    expect(reasonCode('')).toBeNull();
  });
});
