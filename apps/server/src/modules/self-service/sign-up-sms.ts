import type { OutgoingMessage } from '@patron/sdk';

export type SignUpLanguage = 'en' | 'ru' | 'fa';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** Latin digits as Persian ones, as a Persian text writes them. */
export const persian = (text: string) => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] as string);

const WORDS: Record<SignUpLanguage, (code: string, club: string, minutes: number) => string> = {
  en: (code, club, minutes) => `${code} is your code to join ${club}. It works for ${minutes} minutes.`,
  ru: (code, club, minutes) => `${code} — ваш код для вступления в ${club}. Он действует ${minutes} минут.`,
  // Persian digits, as a Persian text writes them; the pages read them back either way.
  fa: (code, club, minutes) =>
    `${persian(code)} کد عضویت شما در ${club} است. این کد ${persian(String(minutes))} دقیقه اعتبار دارد.`,
};

/** The language the person chose on the page, English when it is none of ours. */
export function signUpLanguage(language: string | null | undefined): SignUpLanguage {
  const l = language?.trim().toLowerCase();
  return l === 'ru' || l === 'fa' ? l : 'en';
}

/** The sign-up code as an SMS in the person's language. */
export function signUpSms(input: {
  id: string;
  workspaceId: string;
  to: string;
  language: SignUpLanguage;
  code: string;
  club: string;
  minutes: number;
}): OutgoingMessage {
  return {
    id: input.id,
    workspaceId: input.workspaceId,
    to: input.to,
    text: WORDS[input.language](input.code, input.club, input.minutes),
  };
}
