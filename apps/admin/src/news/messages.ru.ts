import type { en } from './messages';

export const ru: typeof en = {
  resources: { newsPosts: { name: 'Новость |||| Новости' } },
  patron: {
    roleAdmin: {
      areas: { news: 'Новости для клиентов' },
      permission: {
        news_read: 'Видеть новости для клиентов и сколько клиентов прочли каждую',
        news_manage: 'Писать, планировать, закреплять и удалять новости для клиентов',
      },
    },
    news: {
      language: { en: 'Английский', ru: 'Русский', fa: 'Персидский' },
      title: 'Заголовок',
      body: 'Текст',
      audience: 'Кому показывать',
      audienceHelp: 'Всем, у кого есть личный кабинет, или участникам сегмента',
      everyone: 'Всем',
      segmentGone: 'Удалённый сегмент (не видна никому)',
      segmentPrivate: 'Личный сегмент коллеги',
      draft: 'Черновик',
      draftHelp: 'Не публикуется, пока вы не выключите',
      publishAt: 'Опубликовать',
      publishAtHelp: 'Пусто: сейчас',
      expiresAt: 'Снять после',
      expiresAtHelp: 'Пусто: показывается, пока не удалена',
      pinned: 'Закреплена',
      pinnedHelp: 'Закреплённые новости идут первыми',
      status: 'Статус',
      all: 'Все',
      statuses: { DRAFT: 'Черновик', SCHEDULED: 'Запланирована', LIVE: 'Опубликована', EXPIRED: 'Снята' },
      readCount: 'Прочли',
      deleteTitle: 'Удалить «%{title}»?',
      deleteContent: 'Клиенты больше не увидят её.',
    },
  },
};
