import { describe, expect, it } from 'vitest';
import * as automations from '../automations/messages';
import * as automationsFa from '../automations/messages.fa';
import * as automationsRu from '../automations/messages.ru';
import * as consents from '../consents/messages';
import * as consentsFa from '../consents/messages.fa';
import * as consentsRu from '../consents/messages.ru';
import * as templates from '../templates/messages';
import * as templatesFa from '../templates/messages.fa';
import * as templatesRu from '../templates/messages.ru';
import * as mailings from './messages';
import * as mailingsFa from './messages.fa';
import * as mailingsRu from './messages.ru';

/** How the customer card names its email field (the built-in attribute's label the server sends). */
const CARD_FIELD = { en: 'Email', ru: 'Эл. почта', fa: 'ایمیل' };

describe('the email channel', () => {
  it.each([
    ['en', mailings.en, templates.en, automations.en, consents.en],
    ['ru', mailingsRu.ru, templatesRu.ru, automationsRu.ru, consentsRu.ru],
    ['fa', mailingsFa.fa, templatesFa.fa, automationsFa.fa, consentsFa.fa],
  ] as const)('is named in %s as the customer card names the email field', (locale, m, t, a, c) => {
    const name = CARD_FIELD[locale];
    expect(m.patron.mailings.channels.EMAIL).toBe(name);
    expect(t.patron.templates.channels.EMAIL).toBe(name);
    expect(a.patron.automations.channels.EMAIL).toBe(name);
    expect(c.patron.consents.email).toBe(name);
    expect(c.patron.consents.kinds.EMAIL).toBe(name);
  });
});
