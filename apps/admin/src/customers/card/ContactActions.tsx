import EmailIcon from '@mui/icons-material/EmailOutlined';
import PhoneIcon from '@mui/icons-material/PhoneOutlined';
import TelegramIcon from '@mui/icons-material/Telegram';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import { IconButton, Stack, Tooltip } from '@mui/material';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { contactLinks } from './contactLinks';

/** Call, WhatsApp, Telegram and email for the customer, when the card has a phone or an email (C11). */
export function ContactActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const links = contactLinks(record?.mobile, record?.email);
  const actions: {
    key: string;
    href: string | null;
    label: string;
    icon: ReactElement;
    external: boolean;
  }[] = [
    {
      key: 'call',
      href: links.call,
      label: translate('patron.card.contact.call', { phone: links.phone ?? '' }),
      icon: <PhoneIcon fontSize="small" />,
      external: false,
    },
    {
      key: 'whatsapp',
      href: links.whatsapp,
      label: translate('patron.card.contact.whatsapp'),
      icon: <WhatsAppIcon fontSize="small" />,
      external: true,
    },
    {
      key: 'telegram',
      href: links.telegram,
      label: translate('patron.card.contact.telegram'),
      icon: <TelegramIcon fontSize="small" />,
      external: true,
    },
    {
      key: 'email',
      href: links.email,
      label: translate('patron.card.contact.email', { email: links.mail ?? '' }),
      icon: <EmailIcon fontSize="small" />,
      external: false,
    },
  ];
  const shown = actions.flatMap((a) => (a.href ? [{ ...a, href: a.href }] : []));
  if (shown.length === 0) return null;
  return (
    <Stack direction="row" gap={0.5} data-testid="contact-actions">
      {shown.map((a) => (
        <Tooltip key={a.key} title={a.label}>
          <IconButton
            size="small"
            color="primary"
            href={a.href}
            aria-label={a.label}
            data-contact={a.key}
            {...(a.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {a.icon}
          </IconButton>
        </Tooltip>
      ))}
    </Stack>
  );
}
