import { CONSENT_LABELS, type ConsentKind } from '../consents/consent-kinds.js';

export type PageLanguage = 'en' | 'ru' | 'fa';
const LANGUAGES: readonly PageLanguage[] = ['en', 'ru', 'fa'];

const WORDS = {
  en: {
    title: 'Unsubscribe',
    ask: 'Stop receiving these messages? This withdraws your {consent}.',
    confirm: 'Unsubscribe',
    done: 'You are unsubscribed. You will not receive these messages any more.',
    invalid: 'This unsubscribe link is damaged or not ours. Nothing was changed.',
  },
  ru: {
    title: 'Отписка',
    ask: 'Больше не получать такие сообщения? Это отзовёт ваше согласие: {consent}.',
    confirm: 'Отписаться',
    done: 'Вы отписаны и больше не будете получать эти сообщения.',
    invalid: 'Ссылка для отписки повреждена или выдана не нами. Ничего не изменено.',
  },
  fa: {
    title: 'لغو اشتراک',
    ask: 'دیگر این پیام‌ها را دریافت نکنید؟ با این کار {consent} شما پس گرفته می‌شود.',
    confirm: 'لغو اشتراک',
    done: 'اشتراک شما لغو شد و دیگر این پیام‌ها را دریافت نمی‌کنید.',
    invalid: 'این پیوند لغو اشتراک خراب است یا از ما نیست. چیزی تغییر نکرد.',
  },
} as const;

/** `?lang=` when it is one of ours, else the first of ours in Accept-Language, else English. */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (typeof query === 'string' && LANGUAGES.includes(query as PageLanguage)) return query as PageLanguage;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (wanted.find((w) => LANGUAGES.includes(w.lang as PageLanguage))?.lang as PageLanguage) ?? 'en';
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole page. */
export function unsubscribePage(
  lang: PageLanguage,
  state: { kind: 'ask'; consent: ConsentKind } | { kind: 'done' } | { kind: 'invalid'; code: string },
): string {
  const w = WORDS[lang];
  const body =
    state.kind === 'ask'
      ? `<p>${escapeHtml(w.ask.replace('{consent}', CONSENT_LABELS[state.consent][lang] ?? state.consent))}</p>
<form method="post"><input type="hidden" name="lang" value="${lang}"><button type="submit">${escapeHtml(w.confirm)}</button></form>`
      : state.kind === 'done'
        ? `<p>${escapeHtml(w.done)}</p>`
        : `<p>${escapeHtml(w.invalid)}</p><p class="code">${escapeHtml(state.code)}</p>`;
  return publicPage(lang, w.title, body);
}

/** A page of ours for people following a link in a message: no scripts, no outside resources (the CSP allows inline styles only). */
export function publicPage(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Tahoma,sans-serif;background:#f5f5f5;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;max-width:28rem;margin:1rem;padding:2rem;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:1.4rem;margin-top:0}
button{font:inherit;background:#1976d2;color:#fff;border:0;border-radius:4px;padding:.6rem 1.4rem;cursor:pointer}
.code{color:#777;font-size:.8rem}
</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>`;
}
