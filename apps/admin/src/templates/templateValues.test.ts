import { describe, expect, it } from 'vitest';
import { inputNameOf, toFormValues, toInput } from './templateValues';

describe('template form values', () => {
  it('sends only the languages with something written, in the order en, ru, fa, and email parts only for email', () => {
    const { input, languages } = toInput({
      name: ' Reminder ',
      channel: 'SMS',
      contents: { fa: { text: 'سلام', html: '<p>x</p>' }, en: { text: '  ' }, ru: { text: 'Привет' } },
    });
    expect(languages).toEqual(['ru', 'fa']);
    expect(input).toEqual({
      name: 'Reminder',
      channel: 'SMS',
      contents: [
        { language: 'RU', text: 'Привет', subject: null, html: null },
        { language: 'FA', text: 'سلام', subject: null, html: null },
      ],
    });
    const email = toInput({
      name: 'x',
      channel: 'EMAIL',
      contents: { en: { subject: 'Hi', html: '<p>x</p>' } },
    });
    expect(email.input.contents).toEqual([{ language: 'EN', subject: 'Hi', text: null, html: '<p>x</p>' }]);
  });

  it("puts the server's refusal of contents.1.text under the tab of the language sent second", () => {
    const rename = inputNameOf(['ru', 'fa']);
    expect(rename('contents.1.text')).toBe('contents.fa.text');
    expect(rename('contents.0.subject')).toBe('contents.ru.subject');
    expect(rename('name')).toBe('name');
  });

  it('reads a saved template into one set of parts per language', () => {
    expect(
      toFormValues({
        id: 't1',
        name: 'n',
        channel: 'SMS',
        contents: [{ language: 'FA' as never, subject: null, text: 'سلام', html: null }],
      }),
    ).toEqual({
      id: 't1',
      name: 'n',
      channel: 'SMS',
      contents: { fa: { subject: null, text: 'سلام', html: null } },
    });
  });
});
