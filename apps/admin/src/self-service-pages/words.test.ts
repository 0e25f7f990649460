import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { signInAddress, workspaceOfToken } from './addresses';
import { refusalOf } from './api';
import { hashPageHref, hashPageWorkspace } from './hashPages';
import { loadProblemTexts, problemTextsIn } from './problemTexts';
import { initialLocale, interpolate, wordsFor, workspaceToUse } from './words';

describe('the language of the customer pages', () => {
  it('is the one chosen here before, else the browser’s first of en, ru and fa, else English', () => {
    expect(initialLocale('fa', ['ru-RU'])).toBe('fa');
    expect(initialLocale(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(initialLocale('xx', ['FA-ir'])).toBe('fa');
    expect(initialLocale(null, ['de', 'fr'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});

describe('the pages in the hash (joining, a forgotten password)', () => {
  it('read back the workspace their address names, and only their own', () => {
    fc.assert(
      fc.property(fc.constantFrom('join', 'forgot' as const), fc.string(), (page, workspace) => {
        const hash = new URL(hashPageHref(page, workspace), 'https://club.example').hash;
        expect(hashPageWorkspace(page, hash)).toBe(workspace.trim());
        expect(hashPageWorkspace(page === 'join' ? 'forgot' : 'join', hash)).toBeNull();
      }),
    );
    expect(hashPageWorkspace('forgot', '#/forgot')).toBe('');
    expect(hashPageWorkspace('forgot', '')).toBeNull();
    expect(hashPageWorkspace('forgot', '#/forgotten?w=x')).toBeNull();
  });
});

describe('the workspace to sign in to', () => {
  it('is what an invitation’s token starts with', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), (workspace, secret) => {
        expect(workspaceOfToken(`${workspace}.${secret}`)).toBe(workspace);
      }),
    );
    expect(workspaceOfToken('not-a-token')).toBeNull();
    expect(workspaceOfToken('')).toBeNull();
  });

  it('is told to staff as the sign-in address of the invitation’s server', () => {
    const workspace = '0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(
      signInAddress(`https://club.example/self-service/set-password?token=${workspace}.${'x'.repeat(43)}`),
    ).toBe(`https://club.example/self-service/?workspace=${workspace}`);
    expect(signInAddress('https://club.example/self-service/set-password?token=bad')).toBeNull();
    expect(signInAddress('not a link')).toBeNull();
  });

  it('comes from the address first, else from memory', () => {
    expect(workspaceToUse('a', 'b')).toBe('a');
    expect(workspaceToUse(null, 'b')).toBe('b');
    expect(workspaceToUse(' ', '')).toBeNull();
  });
});

describe('the words of the customer pages', () => {
  it('fill in parameters and leave unknown ones as written', () => {
    expect(interpolate('Hello, %{name}', { name: 'Shirin' })).toBe('Hello, Shirin');
    expect(interpolate('%{a} and %{b}', { a: 1 })).toBe('1 and %{b}');
  });

  it('never read a refusal in the server’s wording before the language’s refusal texts are in', async () => {
    const refused = { code: 'SELF_SERVICE_SIGN_IN_FAILED', message: 'Wrong login or password' };
    expect(wordsFor('ru').problem(refused)).toBe(wordsFor('ru').t('offline'));
    await loadProblemTexts('ru');
    expect(wordsFor('ru').problem(refused)).toBe('Неверный логин или пароль');
    // Only the language asked for is fetched.
    expect(problemTextsIn('fa')).toBeUndefined();
    expect(wordsFor('fa').problem(refused)).toBe(wordsFor('fa').t('offline'));
  });

  it('translate refusals by their code, numbers in the language’s digits, never the server’s wording', async () => {
    await Promise.all(LOCALES.map(loadProblemTexts));
    const refusal = refusalOf([
      {
        message: 'whatever the server says',
        extensions: {
          code: 'BAD_USER_INPUT',
          problem: { code: 'PASSWORD_TOO_SHORT', params: { min: 10 } },
          fields: [{ path: ['password'], problem: { code: 'PASSWORD_TOO_SHORT', params: { min: 10 } } }],
        },
      },
    ]);
    expect(Object.keys(refusal.fields)).toEqual(['password']);
    const field = refusal.fields.password;
    if (!field) throw new Error('no field');
    expect(wordsFor('fa').problem(field)).toBe('دست‌کم ۱۰ نویسه');
    expect(wordsFor('ru').problem(field)).toBe('Не меньше 10 символов');
    expect(wordsFor('en').problem(field)).toBe('Use at least 10 characters');
    const signIn = refusalOf([
      {
        message: 'x',
        extensions: { code: 'UNAUTHENTICATED', problem: { code: 'SELF_SERVICE_SIGN_IN_FAILED' } },
      },
    ]);
    expect(wordsFor('ru').problem(signIn.problem)).toBe('Неверный логин или пароль');
    // A lost connection has no code: the page's own words.
    expect(wordsFor('en').problem({ message: 'offline' })).toBe(wordsFor('en').t('offline'));
  });

  it('write amounts with the currency’s decimals and dates in the Jalali calendar in Persian', () => {
    expect(wordsFor('fa').amount(1250, 0)).toBe('۱٬۲۵۰');
    expect(wordsFor('en').amount(12.5, 2)).toBe('12.50');
    expect(wordsFor('fa').date('2026-03-21T08:00:00Z')).toContain('۱۴۰۵');
    expect(wordsFor('en').date('2026-03-21T08:00:00Z')).toContain('2026');
  });
});
