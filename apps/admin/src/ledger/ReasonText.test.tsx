import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../testing/renderInAdmin';
import type { LedgerOperation } from './ledgerPages';
import { ReasonText } from './ReasonText';

const operation = (reason: Partial<LedgerOperation>) =>
  ({ reason: '', reasonCode: null, reasonParams: null, ...reason }) as LedgerOperation;

describe('an operation’s reason', () => {
  it.each([
    ['ru', 'Баллы за покупку, чек D-19-4'],
    ['fa', 'امتیاز خرید، فاکتور D-19-4'],
  ] as const)('in %s keeps the invoice number whole, on one line, left to right', async (locale, words) => {
    await renderInAdmin(
      <p data-testid="reason">
        <ReasonText
          operation={operation({ reasonCode: 'PURCHASE_POINTS', reasonParams: { invoice: 'D-19-4' } })}
        />
      </p>,
      { locale },
    );
    const invoice = await screen.findByTestId('ledger-invoice');
    expect(invoice.textContent).toBe('D-19-4');
    expect(invoice.getAttribute('dir')).toBe('ltr');
    expect(invoice.style.whiteSpace).toBe('nowrap');
    expect(screen.getByTestId('reason').textContent).toBe(words);
  });

  it('shows a reason staff typed as it is', async () => {
    await renderInAdmin(<ReasonText operation={operation({ reason: 'Coffee for D-19-4' })} />);
    expect(await screen.findByText('Coffee for D-19-4')).toBeTruthy();
    expect(screen.queryByTestId('ledger-invoice')).toBeNull();
  });
});
