import type { OutgoingMessage } from '@patron/sdk';
import { persian, type SignUpLanguage } from './sign-up-sms.js';

type Language = SignUpLanguage;

const SMS: Record<Language, (code: string, club: string, minutes: number) => string> = {
  en: (code, club, minutes) =>
    `${code} is your code to choose a new password at ${club}. It works for ${minutes} minutes. Did not ask? Ignore this message.`,
  ru: (code, club, minutes) =>
    `${code} — ваш код для нового пароля в ${club}. Он действует ${minutes} минут. Если вы его не запрашивали, не обращайте внимания.`,
  fa: (code, club, minutes) =>
    `${persian(code)} کد شما برای گذرواژهٔ تازه در ${club} است. این کد ${persian(String(minutes))} دقیقه اعتبار دارد. اگر درخواست نکرده‌اید، این پیام را نادیده بگیرید.`,
};

const EMAIL: Record<
  Language,
  { subject: (club: string) => string; text: (link: string, minutes: number) => string }
> = {
  en: {
    subject: (club) => `A new password for your account at ${club}`,
    text: (link, minutes) =>
      `Open this link to choose a new password for your account (it works once, for ${minutes} minutes):\n\n${link}\n\nIf you did not ask for it, ignore this email: your password stays as it is.\n`,
  },
  ru: {
    subject: (club) => `Новый пароль личного кабинета в ${club}`,
    text: (link, minutes) =>
      `Откройте ссылку, чтобы задать новый пароль личного кабинета (она действует один раз, ${minutes} минут):\n\n${link}\n\nЕсли вы не запрашивали новый пароль, не обращайте внимания на это письмо: пароль останется прежним.\n`,
  },
  fa: {
    subject: (club) => `گذرواژهٔ تازه برای پنل مشتری شما در ${club}`,
    text: (link, minutes) =>
      `برای انتخاب گذرواژهٔ تازهٔ پنل مشتری این پیوند را باز کنید (یک بار و تا ${persian(String(minutes))} دقیقه اعتبار دارد):\n\n${link}\n\nاگر درخواست نکرده‌اید، این ایمیل را نادیده بگیرید؛ گذرواژهٔ شما تغییری نمی‌کند.\n`,
  },
};

/** The customer's language of messages when it is one of ours, else the language of the page they asked on. */
export function resetLanguage(customer: unknown, page: string | null | undefined): Language {
  if (customer === 'en' || customer === 'ru' || customer === 'fa') return customer;
  const l = page?.trim().toLowerCase();
  return l === 'ru' || l === 'fa' ? l : 'en';
}

interface Common {
  id: string;
  workspaceId: string;
  to: string;
  language: Language;
  club: string;
  minutes: number;
}

/** The reset code as an SMS (Persian digits in Persian). */
export function resetSms(input: Common & { code: string }): OutgoingMessage {
  return {
    id: input.id,
    workspaceId: input.workspaceId,
    to: input.to,
    text: SMS[input.language](input.code, input.club, input.minutes),
  };
}

/** The reset link as an email. */
export function resetEmail(input: Common & { link: string }): OutgoingMessage {
  const words = EMAIL[input.language];
  return {
    id: input.id,
    workspaceId: input.workspaceId,
    to: input.to,
    subject: words.subject(input.club),
    text: words.text(input.link, input.minutes),
  };
}
