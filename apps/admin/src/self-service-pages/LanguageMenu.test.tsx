import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageMenu } from './LanguageMenu';
import { problemTextsIn } from './problemTexts';
import { SelfServiceApp } from './SelfServiceApp';
import { en } from './texts';
import { fa } from './texts.fa';
import { ru } from './texts.ru';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the language menu of the customer pages', () => {
  it('is the browser’s own select, each language named in itself', async () => {
    const onChoose = vi.fn();
    render(<LanguageMenu locale="en" label="Language" onChoose={onChoose} />);
    const menu = screen.getByRole('combobox', { name: 'Language' });
    expect(menu.tagName).toBe('SELECT');
    const options = within(menu).getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang'), o.getAttribute('value')])).toEqual([
      ['English', 'en', 'en'],
      ['Русский', 'ru', 'ru'],
      ['فارسی', 'fa', 'fa'],
    ]);
    expect(menu).toHaveProperty('value', 'en');
    await userEvent.selectOptions(menu, 'فارسی');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('fa');
  });
});

describe('choosing a language on the customer pages', () => {
  /** The pages' first question (is the session still good?) answered: signed out. */
  const signedOut = () =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
      ),
    );

  it('turns the page to it right to left for Persian, with its refusal texts, and remembers it', async () => {
    signedOut();
    const first = render(<SelfServiceApp />);
    const menu = await screen.findByRole('combobox', { name: en.language });
    expect(await screen.findByTestId('ss-no-workspace')).toHaveProperty(
      'textContent',
      en['signIn.noWorkspace'],
    );

    await userEvent.selectOptions(menu, 'fa');
    await waitFor(() => expect(document.documentElement.lang).toBe('fa'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe(fa.title);
    expect(screen.getByTestId('ss-no-workspace').textContent).toBe(fa['signIn.noWorkspace']);
    expect(screen.getByRole('combobox', { name: fa.language })).toHaveProperty('value', 'fa');
    // A refusal shown from now on reads in Persian: its texts came before the page turned.
    expect(problemTextsIn('fa')?.SELF_SERVICE_SIGN_IN_FAILED).toBeTruthy();
    first.unmount();

    // The next visit opens in it, whatever the browser speaks.
    render(<SelfServiceApp />);
    expect(await screen.findByRole('combobox', { name: fa.language })).toHaveProperty('value', 'fa');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: fa.language }), 'ru');
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByTestId('ss-no-workspace').textContent).toBe(ru['signIn.noWorkspace']);
  });
});
