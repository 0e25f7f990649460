import { screen, waitFor } from '@testing-library/react';
import { Form } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { FileInput } from './FileInput';

const MB = 1024 * 1024;

async function open(locale: 'en' | 'ru' | 'fa') {
  await scriptGraphql({
    UploadLimit: { data: { uploadMaxBytes: 2 * MB } },
    Currencies: { data: { currencies: [] } },
  });
  return renderInAdmin(
    <Form>
      <FileInput />
    </Form>,
    { locale },
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the balance batch’s file picker', () => {
  it.each([
    ['en', 'The file is larger than 2 MB, the most that can be uploaded'],
    ['ru', 'Файл больше 2 МБ — это наибольший размер загрузки'],
    ['fa', 'فایل بزرگ‌تر از ۲ مگابایت است؛ بیش از این بارگذاری نمی‌شود'],
  ] as const)(
    'refuses a file over the limit when it is picked, without reading it, in %s',
    async (locale, text) => {
      const read = vi.spyOn(FileReader.prototype, 'readAsText');
      const { user } = await open(locale);
      await screen.findByTestId('batch-file-limit');
      await user.upload(screen.getByTestId('batch-file'), new File([new Uint8Array(2 * MB + 1)], 'big.csv'));
      expect((await screen.findByTestId('batch-file-error')).textContent).toBe(text);
      expect(read).not.toHaveBeenCalled();
      expect(screen.queryByTestId('batch-file-name')).toBeNull();
    },
  );

  it('reads a file within the limit, and a good pick clears an earlier refusal', async () => {
    const { user } = await open('en');
    await screen.findByTestId('batch-file-limit');
    await user.upload(screen.getByTestId('batch-file'), new File([new Uint8Array(2 * MB + 1)], 'big.csv'));
    await screen.findByTestId('batch-file-error');
    await user.upload(screen.getByTestId('batch-file'), new File(['+989121234567,10\n'], 'fits.csv'));
    await waitFor(() => expect(screen.getByTestId('batch-file-name').textContent).toContain('fits.csv'));
    expect(screen.queryByTestId('batch-file-error')).toBeNull();
  });
});
