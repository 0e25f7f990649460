import type { AttributeType } from '../attributes/values/index.js';

export interface DemoLabel {
  en: string;
  ru: string;
  fa: string;
}

export interface DemoAttribute {
  key: string;
  type: AttributeType;
  group: 'psychography' | 'interests' | 'demography';
  label: DemoLabel;
  choices: { value: string; label: DemoLabel }[];
}

const label = (en: string, ru: string, fa: string): DemoLabel => ({ en, ru, fa });

/** The custom attributes the demo club defines, with English, Russian and Persian labels. */
export const DEMO_CUSTOM_ATTRIBUTES: readonly DemoAttribute[] = [
  {
    key: 'favouriteDrink',
    type: 'SINGLE_CHOICE',
    group: 'psychography',
    label: label('Favourite drink', 'Любимый напиток', 'نوشیدنی محبوب'),
    choices: [
      { value: 'tea', label: label('Tea', 'Чай', 'چای') },
      { value: 'coffee', label: label('Coffee', 'Кофе', 'قهوه') },
      { value: 'juice', label: label('Juice', 'Сок', 'آبمیوه') },
      { value: 'water', label: label('Water', 'Вода', 'آب') },
    ],
  },
  {
    key: 'interests',
    type: 'MULTIPLE_CHOICE',
    group: 'interests',
    label: label('Interests', 'Интересы', 'علاقه‌مندی‌ها'),
    choices: [
      { value: 'sport', label: label('Sport', 'Спорт', 'ورزش') },
      { value: 'music', label: label('Music', 'Музыка', 'موسیقی') },
      { value: 'books', label: label('Books', 'Книги', 'کتاب') },
      { value: 'travel', label: label('Travel', 'Путешествия', 'سفر') },
      { value: 'cooking', label: label('Cooking', 'Кулинария', 'آشپزی') },
      { value: 'tech', label: label('Technology', 'Технологии', 'فناوری') },
    ],
  },
  {
    key: 'newsletterFrequency',
    type: 'SINGLE_CHOICE',
    group: 'psychography',
    label: label('Newsletter frequency', 'Частота рассылки', 'دفعات دریافت خبرنامه'),
    choices: [
      { value: 'weekly', label: label('Weekly', 'Раз в неделю', 'هفتگی') },
      { value: 'monthly', label: label('Monthly', 'Раз в месяц', 'ماهانه') },
      { value: 'never', label: label('Never', 'Никогда', 'هرگز') },
    ],
  },
  {
    key: 'householdSize',
    type: 'NUMBER',
    group: 'demography',
    label: label('Household size', 'Человек в семье', 'تعداد اعضای خانوار'),
    choices: [],
  },
];
