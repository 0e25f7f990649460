import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UiLocale } from '../i18n/locales';
import { renderInAdmin } from '../testing/renderInAdmin';
import CalendarDatePickerField from './CalendarDatePickerField';

/** An empty date field in a language (in its default calendar), and its calendar opened. */
async function openPicker(locale: UiLocale) {
  const view = await renderInAdmin(
    <CalendarDatePickerField value={null} onChange={() => {}} label="Day" testId="day" />,
    { locale },
  );
  const field = screen.getByRole('group');
  const placeholder = field.textContent?.replace(/[\u200e\u200f\u2066-\u2069]/g, '') ?? '';
  await view.user.click(within(field.parentElement as HTMLElement).getByRole('button'));
  const heads = (await screen.findAllByRole('columnheader')).map((h) => h.textContent);
  return { placeholder, heads };
}

describe('the date picker in each language', () => {
  it('heads the Persian calendar with the weekdays’ letters and shows Persian placeholders', async () => {
    const { placeholder, heads } = await openPicker('fa');
    expect(heads).toEqual(['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج']);
    expect(placeholder).toMatch(/سال/);
    expect(placeholder).toMatch(/ماه/);
    expect(placeholder).toMatch(/روز/);
    expect(placeholder).not.toMatch(/[A-Z]/);
  });

  it('keeps Russian and English as they were', async () => {
    const ru = await openPicker('ru');
    expect(ru.heads).toEqual(['П', 'В', 'С', 'Ч', 'П', 'С', 'В']);
    expect(ru.placeholder).toMatch(/ДД.ММ.ГГГГ/);
  });
});
