import type { PatronApp } from '../../app.js';

const ACTOR = { kind: 'system' as const, id: null, name: 'Demo data' };
const DAY = 86_400_000;

/** What the demo club tells its customers, in three languages: a pinned offer and opening hours. */
export const DEMO_NEWS = [
  {
    pinned: true,
    daysAgo: 1,
    title: {
      en: 'Double coins this weekend',
      ru: 'Двойные баллы в эти выходные',
      fa: 'سکهٔ دوبرابر در این آخر هفته',
    },
    body: {
      en: 'Every purchase on Saturday and Sunday earns double coins, at every branch.',
      ru: 'Каждая покупка в субботу и воскресенье приносит двойные баллы во всех филиалах.',
      fa: 'هر خرید در شنبه و یکشنبه، در همهٔ شعبه‌ها، سکهٔ دوبرابر دارد.',
    },
  },
  {
    pinned: false,
    daysAgo: 5,
    title: { en: 'Nowruz opening hours', ru: 'Часы работы на Навруз', fa: 'ساعت کاری تعطیلات نوروز' },
    body: {
      en: 'During Nowruz our Tehran branches are open from 10:00 to 18:00.',
      ru: 'На Навруз филиалы в Тегеране работают с 10:00 до 18:00.',
      fa: 'در روزهای نوروز شعبه‌های تهران از ساعت ۱۰ تا ۱۸ باز هستند.',
    },
  },
] as const;

/** The demo club's news, written as a manager would (each with its audit event). */
export async function seedNews(app: PatronApp, workspaceId: string): Promise<void> {
  for (const post of DEMO_NEWS)
    await app.services.news.create({ workspaceId, staffId: null }, ACTOR, {
      title: post.title,
      body: post.body,
      pinned: post.pinned,
      publishAt: new Date(Date.now() - post.daysAgo * DAY),
    });
}
