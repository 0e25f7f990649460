import { defineModule } from '@patron/sdk';
import { Migration20261205000040_message_templates } from './Migration20261205000040_message_templates.js';
import { MessageTemplateResolver } from './message-template.resolver.js';
import { MessageTemplateService } from './message-template.service.js';
import { templatePermissions } from './template-permissions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /**
     * Message templates per channel and language (Liquid, checked when saved); `renderer` fills one
     * for many customers at once, for mailings and automations.
     */
    messageTemplates: MessageTemplateService;
  }
}

/** Message templates (issue 17): per channel kind and language, with the customer's variables. */
export const messageTemplatesModule = defineModule({
  name: 'message-templates',
  needs: ['sql'],
  services: {
    messageTemplates: ({ sql }) => new MessageTemplateService(sql),
  },
  resolvers: [MessageTemplateResolver],
  permissions: templatePermissions,
  // The language a customer gets messages in; without it, the first language the template has.
  attributes: [
    {
      key: 'language',
      type: 'SINGLE_CHOICE',
      group: 'main',
      label: { en: 'Language of messages', ru: 'Язык сообщений', fa: 'زبان پیام‌ها' },
      choices: [
        { value: 'en', label: { en: 'English', ru: 'Английский', fa: 'انگلیسی' } },
        { value: 'ru', label: { en: 'Russian', ru: 'Русский', fa: 'روسی' } },
        { value: 'fa', label: { en: 'Persian', ru: 'Персидский', fa: 'فارسی' } },
      ],
    },
  ],
  migrations: [
    { name: 'Migration20261205000040_message_templates', class: Migration20261205000040_message_templates },
  ],
});
