import { describe, expect, it } from 'vitest';
import { contactLinks } from './contactLinks';

describe('contact links', () => {
  it('lead to the phone in international form and the email', () => {
    expect(contactLinks('+79161234567', 'ivan@example.ru')).toEqual({
      call: 'tel:+79161234567',
      whatsapp: 'https://wa.me/79161234567',
      telegram: 'https://t.me/+79161234567',
      email: 'mailto:ivan@example.ru',
      phone: '+79161234567',
      mail: 'ivan@example.ru',
    });
  });

  it('are absent for a missing or malformed value, and cannot be turned into another scheme', () => {
    const none = contactLinks('javascript:alert(1)', 'not-an-email');
    expect([none.call, none.whatsapp, none.telegram, none.email]).toEqual([null, null, null, null]);
    expect(contactLinks(undefined, 'a?cc=x@y.z').email).toBe('mailto:a%3Fcc%3Dx@y.z');
  });
});
