/** Where the card's contact buttons lead (C11): the phone's digits in international form, the email as is. */
export function contactLinks(mobile: unknown, email: unknown) {
  const phone = typeof mobile === 'string' && /^\+\d{6,15}$/.test(mobile) ? mobile : null;
  const mail = typeof email === 'string' && email.includes('@') ? email : null;
  return {
    call: phone ? `tel:${phone}` : null,
    whatsapp: phone ? `https://wa.me/${phone.slice(1)}` : null,
    // Telegram opens a chat by phone number for contacts who allow it.
    telegram: phone ? `https://t.me/${phone}` : null,
    email: mail ? `mailto:${encodeURIComponent(mail).replace('%40', '@')}` : null,
    phone,
    mail,
  };
}
