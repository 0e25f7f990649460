import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { UploadStep } from './UploadStep';

const MB = 1024 * 1024;

async function open(locale: 'en' | 'ru' | 'fa', limit = 2 * MB) {
  const api = await scriptGraphql({
    UploadLimit: { data: { uploadMaxBytes: limit } },
    Currencies: { data: { currencies: [] } },
  });
  const view = await renderInAdmin(
    <UploadStep imp={null} onOpened={() => {}} onReset={() => {}} onNext={() => {}} />,
    { locale, permissions: ['customers.import'] },
  );
  return { ...view, api };
}

afterEach(() => vi.restoreAllMocks());

describe('the file step', () => {
  it.each([
    ['en', 'Up to 2 MB'],
    ['ru', 'До 2 МБ'],
    ['fa', 'حداکثر ۲ مگابایت'],
  ] as const)('says next to the picker how large a file the server takes, in %s', async (locale, text) => {
    await open(locale);
    expect((await screen.findByTestId('import-upload-limit')).textContent).toBe(text);
  });

  it('states a limit of a fraction of a megabyte in the language’s digits', async () => {
    await open('fa', 1.5 * MB);
    expect((await screen.findByTestId('import-upload-limit')).textContent).toBe('حداکثر ۱٫۵ مگابایت');
  });

  it.each([
    ['en', 'The file is larger than 2 MB, the most that can be uploaded'],
    ['ru', 'Файл больше 2 МБ — это наибольший размер загрузки'],
    ['fa', 'فایل بزرگ‌تر از ۲ مگابایت است؛ بیش از این بارگذاری نمی‌شود'],
  ] as const)(
    'refuses a file over the limit before sending it, as the server would, in %s',
    async (locale, text) => {
      const send = vi.spyOn(XMLHttpRequest.prototype, 'send');
      const { user, api } = await open(locale);
      await screen.findByTestId('import-upload-limit');
      const big = new File([new Uint8Array(2 * MB + 1)], 'big.csv', { type: 'text/csv' });
      await user.upload(screen.getByTestId('import-file'), big);
      const error = await screen.findByTestId('import-upload-error');
      expect(error.textContent).toBe(text);
      expect(send).not.toHaveBeenCalled();
      expect(api.sentAs('OpenImport')).toEqual([]);
      // The step is as before: the picker is offered again.
      await waitFor(() =>
        expect(screen.getByTestId('import-file-name').textContent).not.toContain('big.csv'),
      );
    },
  );

  it('sends a file of exactly the limit', async () => {
    const send = vi.spyOn(XMLHttpRequest.prototype, 'send').mockImplementation(() => {});
    const { user } = await open('en');
    await screen.findByTestId('import-upload-limit');
    await user.upload(
      screen.getByTestId('import-file'),
      new File([new Uint8Array(2 * MB)], 'fits.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('import-upload-error')).toBeNull();
  });
});
