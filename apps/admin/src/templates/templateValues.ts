import { Locale, type MessageTemplateInput } from '../gql/graphql';

export const LANGUAGES = ['en', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];
export const CHANNELS = ['EMAIL', 'SMS', 'TELEGRAM', 'PUSH'] as const;

export interface ContentValues {
  subject?: string | null;
  text?: string | null;
  html?: string | null;
}

/** The form's shape: one set of parts per language, so each tab's inputs have a stable name. */
export interface TemplateFormValues {
  id?: string;
  name?: string;
  channel?: string;
  contents?: Partial<Record<Language, ContentValues>>;
}

interface ApiTemplate {
  id: string;
  name: string;
  channel: string;
  contents: readonly {
    language: Locale;
    subject?: string | null;
    text?: string | null;
    html?: string | null;
  }[];
}

const LOCALE: Record<Language, Locale> = { en: Locale.EN, ru: Locale.RU, fa: Locale.FA };
export const localeOf = (language: Language): Locale => LOCALE[language];

export function toFormValues(template: ApiTemplate): TemplateFormValues & { id: string } {
  const contents: Partial<Record<Language, ContentValues>> = {};
  for (const c of template.contents)
    contents[c.language.toLowerCase() as Language] = { subject: c.subject, text: c.text, html: c.html };
  return { id: template.id, name: template.name, channel: template.channel, contents };
}

const filled = (s: string | null | undefined) => (s?.trim() ? s : null);

/**
 * What the API takes: the languages with something written, in the order en, ru, fa; `languages`
 * says which language each index of `contents` is, so the server's `contents.1.text` lands in the
 * right tab. Subject and HTML are email's only.
 */
export function toInput(values: TemplateFormValues): { input: MessageTemplateInput; languages: Language[] } {
  const email = values.channel === 'EMAIL';
  const languages = LANGUAGES.filter((l) => {
    const c = values.contents?.[l];
    return Boolean(filled(c?.text) || (email && (filled(c?.subject) || filled(c?.html))));
  });
  return {
    languages,
    input: {
      name: String(values.name ?? '').trim(),
      channel: String(values.channel ?? ''),
      contents: languages.map((l) => {
        const c = values.contents?.[l] ?? {};
        return {
          language: LOCALE[l],
          text: filled(c.text),
          subject: email ? filled(c.subject) : null,
          html: email ? filled(c.html) : null,
        };
      }),
    },
  };
}

/** The API's `contents.1.text` as the form's `contents.ru.text`. */
export const inputNameOf =
  (languages: readonly Language[]) =>
  (name: string): string =>
    name.replace(/^contents\.(\d+)/, (whole, i: string) => {
      const language = languages[Number(i)];
      return language ? `contents.${language}` : whole;
    });
