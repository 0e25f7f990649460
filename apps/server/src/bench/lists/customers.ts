import { type SearchDefinition, searchColumns } from '../../modules/customer-search/search-document.js';
import { demoCustomers } from '../../modules/demo/demo-customers.js';
import { Random } from '../../modules/demo/prng.js';

const DAY = 86_400_000;
const YEARS = 5;

/** One row as the bulk insert reads it from jsonb_to_recordset. */
export interface CustomerRow {
  status: string;
  attributes: Record<string, unknown>;
  folded: Record<string, string>;
  search_text: string;
  tags: string[];
  created_at: string;
  updated_at: string;
}

type Country = 'IR' | 'RU' | 'GB';
type Weighted<T> = readonly (readonly [T, number])[];

const DISTRICTS: Record<Country, Weighted<string>> = {
  IR: [
    ['ونک', 5],
    ['سعادت‌آباد', 4],
    ['نیاوران', 2],
    ['تجریش', 3],
    ['پونک', 3],
    ['نارمک', 3],
    ['یوسف‌آباد', 2],
    ['مرکز شهر', 6],
  ],
  RU: [
    ['Арбат', 2],
    ['Хамовники', 3],
    ['Тверской', 3],
    ['Басманный', 2],
    ['Пресненский', 3],
    ['Центральный', 6],
    ['Советский', 4],
    ['Ленинский', 5],
  ],
  GB: [
    ['Camden', 3],
    ['Hackney', 3],
    ['Islington', 2],
    ['Westminster', 2],
    ['City Centre', 5],
    ['Riverside', 2],
  ],
};
const OCCUPATIONS: Record<Country, Weighted<string>> = {
  IR: [
    ['مهندس', 6],
    ['معلم', 5],
    ['پزشک', 2],
    ['دانشجو', 6],
    ['کارمند', 8],
    ['آزاد', 7],
    ['برنامه‌نویس', 3],
    ['حسابدار', 3],
  ],
  RU: [
    ['Инженер', 6],
    ['Учитель', 4],
    ['Врач', 2],
    ['Студент', 6],
    ['Менеджер', 8],
    ['Программист', 4],
    ['Бухгалтер', 3],
    ['Предприниматель', 3],
  ],
  GB: [
    ['Engineer', 5],
    ['Teacher', 4],
    ['Nurse', 3],
    ['Student', 5],
    ['Manager', 6],
    ['Developer', 4],
    ['Accountant', 3],
  ],
};
const NOTES: Record<Country, readonly string[]> = {
  IR: ['مشتری وفادار، تخفیف تولد می‌خواهد', 'ترجیح می‌دهد با پیامک تماس بگیریم', 'سفارش عمده برای شرکت'],
  RU: [
    'Постоянный клиент, просит скидку ко дню рождения',
    'Предпочитает связь по SMS',
    'Оптовые заказы для компании',
  ],
  GB: [
    'Loyal customer, asks for a birthday discount',
    'Prefers to be contacted by text',
    'Buys in bulk for the office',
  ],
};
const WEEKEND: Record<Country, readonly string[]> = {
  IR: ['thu', 'fri'],
  RU: ['sat', 'sun'],
  GB: ['sat', 'sun'],
};
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const BASE36 = [...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'];
/** How many tags a customer carries: mostly 2–4, about 3 on average. */
const TAG_COUNTS: Weighted<number> = [
  [0, 8],
  [1, 12],
  [2, 20],
  [3, 27],
  [4, 18],
  [5, 10],
  [6, 5],
];

/** A normal draw (Box–Muller) for log-normal amounts: most spend little, a few spend a lot. */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/**
 * Tag weights falling off like Zipf's law: the first tag ("VIP"-like) is on a third of the customers,
 * the last ones on a few hundred — so a tag filter is sometimes broad and sometimes narrow.
 */
export function tagWeights(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 1 / (i + 1) ** 1.1);
}

function pickTags(random: Random, entries: Weighted<string>): string[] {
  const k = Math.min(random.weighted(TAG_COUNTS), entries.length);
  const chosen = new Set<string>();
  while (chosen.size < k) chosen.add(random.weighted(entries));
  return [...chosen];
}

/**
 * Customers for the benchmark: names, phones, emails, city… from the demo generator (realistic
 * Persian/Russian/English people with valid unique mobiles), plus the 16 extra attributes with skewed
 * distributions, ~3 tags each, created over 5 years with more recent sign-ups than old ones, and the
 * derived search columns computed by the same searchColumns() the service writes with.
 */
export function* benchCustomers(options: {
  count: number;
  seed: number;
  now: Date;
  tagIds: readonly string[];
  definitions: readonly SearchDefinition[];
}): Generator<CustomerRow> {
  const { now, tagIds, definitions } = options;
  const random = new Random(options.seed * 7919 + 1);
  const weights = tagWeights(tagIds.length);
  const tagEntries = tagIds.map((id, i) => [id, weights[i] as number] as const);
  for (const demo of demoCustomers(options.count, options.seed, now)) {
    const a: Record<string, unknown> = demo.attributes;
    const country = a.country as Country;
    // u^1.7 piles sign-ups towards "now": a growing club.
    const created = new Date(now.getTime() - 60_000 - random.next() ** 1.7 * YEARS * 365 * DAY);

    if (random.chance(0.85)) a.district = random.weighted(DISTRICTS[country]);
    if (random.chance(0.7)) a.occupation = random.weighted(OCCUPATIONS[country]);
    if (random.chance(0.25))
      a.referralCode = `R${Array.from({ length: 6 }, () => random.pick(BASE36)).join('')}`;
    if (random.chance(0.05)) a.notes = random.pick(NOTES[country]);
    if (random.chance(0.9)) {
      const spend = Math.round(Math.exp(5 + 1.3 * normal(random)));
      a.spend = spend;
      a.points = Math.floor(spend / 10);
    }
    if (random.chance(0.95)) a.visits = 1 + Math.floor(-Math.log(1 - random.next()) * 6);
    if (random.chance(0.8)) a.balance = Math.round(random.next() ** 3 * 50_000) / 100;
    if (random.chance(0.9)) {
      const sinceSignup = now.getTime() - created.getTime();
      a.lastVisit = new Date(now.getTime() - random.next() ** 2 * sinceSignup).toISOString().slice(0, 10);
    }
    a.signupAt = created.toISOString();
    if (random.chance(0.85)) a.newsletter = random.chance(0.6);
    if (random.chance(0.8)) {
      a.favouriteDay = random.chance(0.5) ? random.pick(WEEKEND[country]) : random.pick(DAYS);
    }
    a.segmentCode = random.weighted([
      ['A', 40],
      ['B', 25],
      ['C', 15],
      ['D', 12],
      ['E', 8],
    ]);
    if (random.chance(0.95)) {
      a.channel = random.weighted([
        ['store', 45],
        ['app', 25],
        ['web', 18],
        ['phone', 7],
        ['partner', 5],
      ]);
    }
    a.loyaltyTier = random.weighted([
      ['bronze', 60],
      ['silver', 25],
      ['gold', 12],
      ['platinum', 3],
    ]);
    if (random.chance(0.7)) {
      const times = ['morning', 'afternoon', 'evening'].filter(() => random.chance(0.4));
      if (times.length) a.contactTimes = times;
    }

    const { folded, searchText } = searchColumns(a, definitions);
    const updated = new Date(created.getTime() + random.next() ** 3 * (now.getTime() - created.getTime()));
    yield {
      status: demo.status,
      attributes: a,
      folded,
      search_text: searchText,
      tags: pickTags(random, tagEntries),
      created_at: created.toISOString(),
      updated_at: updated.toISOString(),
    };
  }
}
