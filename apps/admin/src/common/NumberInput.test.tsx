import { screen, waitFor } from '@testing-library/react';
import { Form } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { UiLocale } from '../i18n/locales';
import { renderInAdmin } from '../testing/renderInAdmin';
import { NumberInput } from './NumberInput';

/** A form of one number field; returns what it submits. */
async function openForm(locale: UiLocale, record: Record<string, unknown> = {}) {
  const submitted = vi.fn();
  const view = await renderInAdmin(
    <Form record={record} onSubmit={submitted}>
      <NumberInput source="amount" label="Amount" />
      <button type="submit">save</button>
    </Form>,
    { locale },
  );
  const input = (await screen.findByRole('textbox')) as HTMLInputElement;
  return { ...view, submitted, input };
}

describe('a number typed in any digits', () => {
  it('stores Persian digits as the number: ۱۲۵ is 125', async () => {
    const { user, submitted, input } = await openForm('fa');
    await user.type(input, '۱۲۵');
    await user.click(screen.getByText('save'));
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submitted.mock.calls[0]?.[0]).toEqual({ amount: 125 });
  });

  it('reads Arabic-Indic digits and the Persian decimal point, and shows the value in Persian digits', async () => {
    const { user, submitted, input } = await openForm('fa', { amount: 40 });
    expect(input.value).toBe('۴۰');
    await user.clear(input);
    await user.type(input, '٤٢٫٥');
    await user.tab();
    expect(input.value).toBe('۴۲٫۵');
    await user.click(screen.getByText('save'));
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submitted.mock.calls[0]?.[0]).toEqual({ amount: 42.5 });
  });

  it('keeps Latin digits in English, and refuses what is no number instead of sending it', async () => {
    const { user, submitted, input } = await openForm('en', { amount: 3 });
    expect(input.value).toBe('3');
    await user.clear(input);
    await user.type(input, '12a');
    await user.click(screen.getByText('save'));
    await screen.findByText('Must be a number');
    expect(submitted).not.toHaveBeenCalled();
    await user.clear(input);
    await user.type(input, '12.5');
    await user.click(screen.getByText('save'));
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submitted.mock.calls[0]?.[0]).toEqual({ amount: 12.5 });
  });

  it('shows a decimal comma in Russian, and reads a typed comma or point', async () => {
    const { user, submitted, input } = await openForm('ru', { amount: 0.01 });
    expect(input.value).toBe('0,01');
    await user.clear(input);
    await user.type(input, '12.5');
    await user.tab();
    expect(input.value).toBe('12,5');
    await user.clear(input);
    await user.type(input, '7,25');
    await user.tab();
    expect(input.value).toBe('7,25');
    await user.click(screen.getByText('save'));
    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(submitted.mock.calls[0]?.[0]).toEqual({ amount: 7.25 });
  });
});
