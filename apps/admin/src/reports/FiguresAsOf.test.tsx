import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../testing/renderInAdmin';
import { FiguresAsOf } from './FiguresAsOf';

const now = new Date(2026, 11, 5, 14, 30);
const tenMinutesAgo = new Date(2026, 11, 5, 14, 20).toISOString();

describe('the line saying how old the dashboard’s figures are', () => {
  it.each([
    ['en', 'Figures as of 14:20'],
    ['ru', 'Данные на 14:20'],
    ['fa', 'ارقام به‌روز تا ۱۴:۲۰'],
  ] as const)('reads in %s', async (locale, line) => {
    await renderInAdmin(<FiguresAsOf asOf={tenMinutesAgo} now={now} />, { locale });
    expect((await screen.findByTestId('dashboard-as-of')).textContent).toBe(line);
  });

  it('is absent for live figures and for figures a minute old or less', async () => {
    await renderInAdmin(
      <div data-testid="figures">
        <FiguresAsOf asOf={null} now={now} />
        <FiguresAsOf asOf={new Date(2026, 11, 5, 14, 29, 30).toISOString()} now={now} />
      </div>,
    );
    expect((await screen.findByTestId('figures')).textContent).toBe('');
  });
});
