import type { AttributeDefinitionInput } from '../../modules/attributes/attribute.service.js';
import { DEMO_CUSTOM_ATTRIBUTES } from '../../modules/demo/demo-customers.js';

const choice = (value: string, en: string, ru: string, fa: string) => ({ value, label: { en, ru, fa } });
const label = (en: string, ru: string, fa: string) => ({ en, ru, fa });

/**
 * The benchmark's 20 custom attributes: the demo club's four (the demo generator fills them) and 16
 * more of every filterable type, so filters and sorts run over a realistically wide `attributes` JSON.
 * `city`, `gender`, `birthDate` … are system attributes and exist already.
 */
export const BENCH_ATTRIBUTES: AttributeDefinitionInput[] = [
  ...DEMO_CUSTOM_ATTRIBUTES.map((a) => ({
    key: a.key,
    type: a.type,
    label: a.label,
    group: a.group,
    choices: a.choices,
  })),
  { key: 'district', type: 'TEXT', group: 'demography', label: label('District', 'Район', 'محله') },
  { key: 'occupation', type: 'TEXT', group: 'demography', label: label('Occupation', 'Профессия', 'شغل') },
  {
    key: 'referralCode',
    type: 'TEXT',
    group: 'main',
    label: label('Referral code', 'Реферальный код', 'کد معرف'),
  },
  { key: 'notes', type: 'LONG_TEXT', group: 'main', label: label('Notes', 'Заметки', 'یادداشت') },
  { key: 'spend', type: 'NUMBER', group: 'main', label: label('Total spend', 'Сумма покупок', 'مجموع خرید') },
  { key: 'visits', type: 'NUMBER', group: 'main', label: label('Visits', 'Визиты', 'تعداد مراجعه') },
  { key: 'points', type: 'NUMBER', group: 'main', label: label('Points', 'Баллы', 'امتیاز') },
  { key: 'balance', type: 'MONEY', group: 'main', label: label('Balance', 'Баланс', 'موجودی') },
  {
    key: 'lastVisit',
    type: 'DATE',
    group: 'main',
    label: label('Last visit', 'Последний визит', 'آخرین مراجعه'),
  },
  {
    key: 'signupAt',
    type: 'DATETIME',
    group: 'main',
    label: label('Signed up at', 'Дата регистрации', 'زمان ثبت‌نام'),
  },
  {
    key: 'newsletter',
    type: 'BOOLEAN',
    group: 'psychography',
    label: label('Newsletter', 'Рассылка', 'خبرنامه'),
  },
  {
    key: 'favouriteDay',
    type: 'SINGLE_CHOICE',
    group: 'psychography',
    label: label('Favourite day', 'Любимый день', 'روز محبوب'),
    choices: [
      choice('mon', 'Monday', 'Понедельник', 'دوشنبه'),
      choice('tue', 'Tuesday', 'Вторник', 'سه‌شنبه'),
      choice('wed', 'Wednesday', 'Среда', 'چهارشنبه'),
      choice('thu', 'Thursday', 'Четверг', 'پنجشنبه'),
      choice('fri', 'Friday', 'Пятница', 'جمعه'),
      choice('sat', 'Saturday', 'Суббота', 'شنبه'),
      choice('sun', 'Sunday', 'Воскресенье', 'یکشنبه'),
    ],
  },
  {
    key: 'segmentCode',
    type: 'SINGLE_CHOICE',
    group: 'main',
    label: label('Segment code', 'Код сегмента', 'کد بخش'),
    choices: ['A', 'B', 'C', 'D', 'E'].map((c) => choice(c, c, c, c)),
  },
  {
    key: 'channel',
    type: 'SINGLE_CHOICE',
    group: 'main',
    label: label('Channel', 'Канал', 'کانال'),
    choices: [
      choice('store', 'Store', 'Магазин', 'فروشگاه'),
      choice('app', 'App', 'Приложение', 'اپلیکیشن'),
      choice('web', 'Website', 'Сайт', 'وب‌سایت'),
      choice('phone', 'Phone', 'Телефон', 'تلفن'),
      choice('partner', 'Partner', 'Партнёр', 'همکار'),
    ],
  },
  {
    key: 'loyaltyTier',
    type: 'SINGLE_CHOICE',
    group: 'main',
    label: label('Loyalty tier', 'Уровень', 'سطح وفاداری'),
    choices: [
      choice('bronze', 'Bronze', 'Бронза', 'برنز'),
      choice('silver', 'Silver', 'Серебро', 'نقره'),
      choice('gold', 'Gold', 'Золото', 'طلا'),
      choice('platinum', 'Platinum', 'Платина', 'پلاتین'),
    ],
  },
  {
    key: 'contactTimes',
    type: 'MULTIPLE_CHOICE',
    group: 'psychography',
    label: label('Contact times', 'Время для связи', 'زمان تماس'),
    choices: [
      choice('morning', 'Morning', 'Утро', 'صبح'),
      choice('afternoon', 'Afternoon', 'День', 'بعدازظهر'),
      choice('evening', 'Evening', 'Вечер', 'عصر'),
    ],
  },
];

/** The custom attribute the filter scenario sorts by; its sort index must exist after generation. */
export const SORT_ATTRIBUTE = 'spend';
