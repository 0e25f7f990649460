import type { ContributedAttribute, LocalizedText } from '@patron/sdk';

export const DEFAULT_GROUPS: { key: string; label: LocalizedText }[] = [
  { key: 'main', label: { en: 'Main', ru: 'Основное', fa: 'اصلی' } },
  { key: 'demography', label: { en: 'Demography', ru: 'Демография', fa: 'جمعیت‌شناختی' } },
  { key: 'psychography', label: { en: 'Psychography', ru: 'Психография', fa: 'روان‌شناختی' } },
  { key: 'interests', label: { en: 'Interests', ru: 'Интересы', fa: 'علایق' } },
];

type SystemAttribute = ContributedAttribute & { unique?: boolean; required?: boolean };

/** The built-in customer attributes; they are definitions like any custom one. */
export const SYSTEM_ATTRIBUTES: SystemAttribute[] = [
  {
    key: 'firstName',
    type: 'TEXT',
    group: 'main',
    shownInList: true,
    label: { en: 'First name', ru: 'Имя', fa: 'نام' },
  },
  {
    key: 'lastName',
    type: 'TEXT',
    group: 'main',
    shownInList: true,
    label: { en: 'Last name', ru: 'Фамилия', fa: 'نام خانوادگی' },
  },
  {
    key: 'middleName',
    type: 'TEXT',
    group: 'main',
    label: { en: 'Middle name', ru: 'Отчество', fa: 'نام میانی' },
  },
  {
    key: 'mobile',
    type: 'PHONE',
    group: 'main',
    shownInList: true,
    unique: true,
    label: { en: 'Mobile', ru: 'Мобильный телефон', fa: 'تلفن همراه' },
  },
  {
    key: 'email',
    type: 'EMAIL',
    group: 'main',
    shownInList: true,
    label: { en: 'Email', ru: 'Эл. почта', fa: 'ایمیل' },
  },
  {
    key: 'cardNumber',
    type: 'TEXT',
    group: 'main',
    unique: true,
    label: { en: 'Card number', ru: 'Номер карты', fa: 'شماره کارت' },
  },
  { key: 'vip', type: 'BOOLEAN', group: 'main', label: { en: 'VIP', ru: 'VIP', fa: 'ویژه' } },
  {
    key: 'gender',
    type: 'SINGLE_CHOICE',
    group: 'demography',
    label: { en: 'Gender', ru: 'Пол', fa: 'جنسیت' },
    choices: [
      { value: 'male', label: { en: 'Male', ru: 'Мужской', fa: 'مرد' } },
      { value: 'female', label: { en: 'Female', ru: 'Женский', fa: 'زن' } },
    ],
  },
  {
    key: 'birthDate',
    type: 'DATE',
    group: 'demography',
    label: { en: 'Birth date', ru: 'Дата рождения', fa: 'تاریخ تولد' },
  },
  {
    key: 'nationalId',
    type: 'TEXT',
    group: 'demography',
    label: { en: 'National ID', ru: 'Личный номер', fa: 'کد ملی' },
  },
  { key: 'country', type: 'TEXT', group: 'demography', label: { en: 'Country', ru: 'Страна', fa: 'کشور' } },
  { key: 'region', type: 'TEXT', group: 'demography', label: { en: 'Region', ru: 'Регион', fa: 'منطقه' } },
  {
    key: 'province',
    type: 'TEXT',
    group: 'demography',
    label: { en: 'Province', ru: 'Область', fa: 'استان' },
  },
  {
    key: 'city',
    type: 'TEXT',
    group: 'demography',
    shownInList: true,
    label: { en: 'City', ru: 'Город', fa: 'شهر' },
  },
  {
    key: 'neighbourhood',
    type: 'TEXT',
    group: 'demography',
    label: { en: 'Neighbourhood', ru: 'Район', fa: 'محله' },
  },
  {
    key: 'source',
    type: 'SINGLE_CHOICE',
    group: 'main',
    label: { en: 'Source', ru: 'Источник', fa: 'منبع' },
    choices: [
      { value: 'registration', label: { en: 'Registration', ru: 'Регистрация', fa: 'ثبت‌نام' } },
      { value: 'import', label: { en: 'Import', ru: 'Импорт', fa: 'ورود از فایل' } },
      { value: 'loyalty', label: { en: 'Loyalty system', ru: 'Система лояльности', fa: 'باشگاه مشتریان' } },
      { value: 'ticketing', label: { en: 'Ticketing', ru: 'Билетная система', fa: 'بلیت‌فروشی' } },
      { value: 'survey', label: { en: 'Survey', ru: 'Опрос', fa: 'نظرسنجی' } },
      { value: 'promo', label: { en: 'Promo', ru: 'Промо', fa: 'کمپین تبلیغاتی' } },
      { value: 'website', label: { en: 'Website', ru: 'Сайт', fa: 'وب‌سایت' } },
      { value: 'api', label: { en: 'API', ru: 'API', fa: 'API' } },
    ],
  },
  {
    key: 'subSource',
    type: 'TEXT',
    group: 'main',
    label: { en: 'Sub-source', ru: 'Подисточник', fa: 'زیرمنبع' },
  },
  {
    key: 'address',
    type: 'ADDRESS',
    group: 'demography',
    label: { en: 'Address', ru: 'Адрес', fa: 'نشانی' },
  },
  {
    key: 'shippingAddress',
    type: 'ADDRESS',
    group: 'demography',
    label: { en: 'Shipping address', ru: 'Адрес доставки', fa: 'نشانی ارسال' },
  },
];
