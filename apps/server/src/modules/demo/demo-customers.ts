import type { AttributeValue } from '../attributes/values/index.js';
import {
  type Culture,
  ENGLISH,
  feminineSurname,
  type Name,
  PATRONYMICS,
  PERSIAN,
  RUSSIAN,
} from './demo-names.js';
import { Random } from './prng.js';

export { DEMO_CUSTOM_ATTRIBUTES, type DemoAttribute } from './demo-attributes.js';

export interface DemoCustomer {
  attributes: Record<string, AttributeValue>;
  createdAt: Date;
  status: 'ACTIVE' | 'INACTIVE';
}

const DAY = 86_400_000;
const INTERESTS = ['sport', 'music', 'books', 'travel', 'cooking', 'tech'];
const CULTURES: readonly (readonly [Culture, number])[] = [
  [PERSIAN, 45],
  [RUSSIAN, 40],
  [ENGLISH, 15],
];

/** Start of the current UTC day: the same seed gives the same customers all day long. */
function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** 'YYYY-MM-DD' for someone `age` whole years old on `now` (one random day of that year of life). */
function birthDate(random: Random, now: Date, age: number): string {
  const latest = Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate());
  const earliest = Date.UTC(now.getUTCFullYear() - age - 1, now.getUTCMonth(), now.getUTCDate()) + DAY;
  const days = Math.round((latest - earliest) / DAY);
  return new Date(earliest + random.int(0, days) * DAY).toISOString().slice(0, 10);
}

/** Draws until `make` gives a value not seen before. */
function unique(seen: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
}

function emailLocalPart(random: Random, first: string, last: string, birthYear: string): string {
  const base = random.weighted<string>([
    [`${first}.${last}`, 4],
    [`${first}${last}`, 2],
    [`${first[0]}.${last}`, 2],
    [`${first}_${last}`, 1],
    [`${last}.${first}`, 1],
  ]);
  return random.weighted<string>([
    [base, 5],
    [`${base}${birthYear.slice(2)}`, 2],
    [`${base}${birthYear}`, 1],
    [`${base}${random.int(1, 999)}`, 2],
  ]);
}

/**
 * Realistic, deterministic demo customers: about 45% Persian, 40% Russian and 15% English, with
 * unique valid mobiles (E.164), unique emails (~70%) and 10-digit card numbers (~60%), created over
 * the 3 years before `now`; ~8% inactive. Every value is already in its stored (normalised) form.
 */
export function* demoCustomers(count: number, seed = 1, now: Date = today()): Generator<DemoCustomer> {
  const random = new Random(seed);
  const seen = { mobile: new Set<string>(), email: new Set<string>(), card: new Set<string>() };

  for (let i = 0; i < count; i++) {
    const culture = random.weighted(CULTURES);
    const gender = random.chance(0.52) ? 'female' : 'male';
    const first: Name = random.pick(culture[gender]);
    let last: Name = random.pick(culture.last);
    if (culture === RUSSIAN && gender === 'female') last = feminineSurname(last);
    const age = random.chance(0.6) ? random.int(22, 45) : random.int(16, 80);
    const born = birthDate(random, now, age);
    const { code, prefixes, rest } = culture.mobile;

    const attributes: Record<string, AttributeValue> = { firstName: first[0], lastName: last[0] };
    if (culture === RUSSIAN) {
      const [male, female] = random.pick(PATRONYMICS);
      attributes.middleName = gender === 'female' ? female : male;
    }
    attributes.gender = gender;
    attributes.birthDate = born;
    attributes.mobile = unique(seen.mobile, () => `+${code}${random.pick(prefixes)}${random.digits(rest)}`);
    if (random.chance(0.7)) {
      const domain = random.weighted(culture.mailDomains);
      attributes.email = unique(seen.email, () => {
        const local = emailLocalPart(random, first[1], last[1], born.slice(0, 4));
        return `${local}@${domain}`;
      });
    }
    if (random.chance(0.6)) {
      attributes.cardNumber = unique(seen.card, () => `${random.int(1, 9)}${random.digits(9)}`);
    }
    attributes.country = culture.country;
    attributes.city = random.weighted(culture.cities);
    attributes.vip = random.chance(0.05);
    attributes.favouriteDrink = random.weighted<string>(
      culture === ENGLISH
        ? [
            ['tea', 4],
            ['coffee', 4],
            ['juice', 1],
            ['water', 1],
          ]
        : [
            ['tea', 5],
            ['coffee', 3],
            ['juice', 1],
            ['water', 1],
          ],
    );
    if (random.chance(0.8)) {
      const interests = INTERESTS.filter(() => random.chance(0.35));
      if (interests.length) attributes.interests = interests;
    }
    if (random.chance(0.9)) {
      attributes.newsletterFrequency = random.weighted<string>([
        ['weekly', 3],
        ['monthly', 5],
        ['never', 2],
      ]);
    }
    if (random.chance(0.75)) {
      attributes.householdSize = random.weighted<number>([
        [1, 15],
        [2, 25],
        [3, 22],
        [4, 20],
        [5, 10],
        [6, 5],
        [7, 3],
      ]);
    }
    yield {
      attributes,
      createdAt: new Date(now.getTime() - random.int(60_000, 3 * 365 * DAY)),
      status: random.chance(0.08) ? 'INACTIVE' : 'ACTIVE',
    };
  }
}
