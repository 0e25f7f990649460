import type { LocalizedText } from '@patron/sdk';

/**
 * The named RFM segments, from the recency (R) and frequency (F) scores only; M breaks no ties. This
 * is the widely used 11-segment map, written the way it is usually published: each cell pattern is
 * "R F", a digit or a range `[a-b]`. Every one of the 25 (R, F) pairs belongs to exactly one segment
 * (checked when this module loads and by a test). `segmentOf` (TypeScript) and `segmentSql` (the
 * recomputation's SQL) are both derived from this one table.
 *
 *        F=1              F=2                 F=3                 F=4              F=5
 *  R=5   NEW_CUSTOMERS    POTENTIAL_LOYALIST  POTENTIAL_LOYALIST  CHAMPIONS        CHAMPIONS
 *  R=4   PROMISING        POTENTIAL_LOYALIST  POTENTIAL_LOYALIST  LOYAL_CUSTOMERS  LOYAL_CUSTOMERS
 *  R=3   ABOUT_TO_SLEEP   ABOUT_TO_SLEEP      NEED_ATTENTION      LOYAL_CUSTOMERS  LOYAL_CUSTOMERS
 *  R=2   HIBERNATING      HIBERNATING         AT_RISK             AT_RISK          CANT_LOSE_THEM
 *  R=1   LOST             HIBERNATING         AT_RISK             AT_RISK          CANT_LOSE_THEM
 */
export const RFM_SEGMENT_TABLE = [
  {
    segment: 'CHAMPIONS',
    cells: ['5[4-5]'],
    label: { en: 'Champions', ru: 'Чемпионы', fa: 'قهرمانان' },
  },
  {
    segment: 'LOYAL_CUSTOMERS',
    cells: ['[3-4][4-5]'],
    label: { en: 'Loyal customers', ru: 'Лояльные клиенты', fa: 'مشتریان وفادار' },
  },
  {
    segment: 'POTENTIAL_LOYALIST',
    cells: ['[4-5][2-3]'],
    label: { en: 'Potential loyalists', ru: 'Потенциально лояльные', fa: 'وفاداران بالقوه' },
  },
  {
    segment: 'NEW_CUSTOMERS',
    cells: ['51'],
    label: { en: 'New customers', ru: 'Новые клиенты', fa: 'مشتریان جدید' },
  },
  {
    segment: 'PROMISING',
    cells: ['41'],
    label: { en: 'Promising', ru: 'Перспективные', fa: 'امیدوارکننده' },
  },
  {
    segment: 'NEED_ATTENTION',
    cells: ['33'],
    label: { en: 'Need attention', ru: 'Требуют внимания', fa: 'نیازمند توجه' },
  },
  {
    segment: 'ABOUT_TO_SLEEP',
    cells: ['3[1-2]'],
    label: { en: 'About to sleep', ru: 'Засыпающие', fa: 'در آستانه خواب' },
  },
  {
    segment: 'AT_RISK',
    cells: ['[1-2][3-4]'],
    label: { en: 'At risk', ru: 'В зоне риска', fa: 'در معرض ریزش' },
  },
  {
    segment: 'CANT_LOSE_THEM',
    cells: ['[1-2]5'],
    label: { en: "Can't lose them", ru: 'Нельзя потерять', fa: 'نباید از دست بروند' },
  },
  {
    segment: 'HIBERNATING',
    // "other [1-2][1-2]": every such cell but 11, which is LOST.
    cells: ['12', '2[1-2]'],
    label: { en: 'Hibernating', ru: 'В спячке', fa: 'در خواب' },
  },
  {
    segment: 'LOST',
    cells: ['11'],
    label: { en: 'Lost', ru: 'Потерянные', fa: 'از دست رفته' },
  },
] as const satisfies readonly { segment: string; cells: readonly string[]; label: LocalizedText }[];

export type RfmSegment = (typeof RFM_SEGMENT_TABLE)[number]['segment'];
export const RFM_SEGMENTS: readonly RfmSegment[] = RFM_SEGMENT_TABLE.map((s) => s.segment);

/** Scores 1..5 a pattern part names: `5` or `[3-4]`. */
function scores(part: string): number[] {
  const single = /^([1-5])$/.exec(part);
  if (single) return [Number(single[1])];
  const range = /^\[([1-5])-([1-5])\]$/.exec(part);
  if (!range || Number(range[1]) > Number(range[2])) throw new Error(`Not an RFM score pattern: ${part}`);
  const out: number[] = [];
  for (let s = Number(range[1]); s <= Number(range[2]); s++) out.push(s);
  return out;
}

/** The (R, F) pairs one cell pattern covers: '5[4-5]' → (5,4), (5,5). */
export function cellPairs(pattern: string): [number, number][] {
  const m = /^(\d|\[\d-\d\])(\d|\[\d-\d\])$/.exec(pattern);
  if (!m) throw new Error(`Not an RFM cell pattern: ${pattern}`);
  return scores(m[1] as string).flatMap((r) => scores(m[2] as string).map((f) => [r, f] as [number, number]));
}

/** The segment of each (R, F) pair, at index (R − 1) × 5 + (F − 1); throws unless each pair has exactly one. */
function buildGrid(): RfmSegment[] {
  const grid: (RfmSegment | undefined)[] = Array(25).fill(undefined);
  for (const { segment, cells } of RFM_SEGMENT_TABLE) {
    for (const pattern of cells) {
      for (const [r, f] of cellPairs(pattern)) {
        const at = (r - 1) * 5 + (f - 1);
        if (grid[at]) throw new Error(`RFM cell ${r}${f} is in both ${grid[at]} and ${segment}`);
        grid[at] = segment;
      }
    }
  }
  const missing = grid.findIndex((s) => !s);
  if (missing >= 0)
    throw new Error(`RFM cell ${Math.floor(missing / 5) + 1}${(missing % 5) + 1} has no segment`);
  return grid as RfmSegment[];
}

const GRID = buildGrid();

export function segmentOf(r: number, f: number): RfmSegment {
  if (!Number.isInteger(r) || !Number.isInteger(f) || r < 1 || r > 5 || f < 1 || f > 5)
    throw new Error(`RFM scores are 1..5: ${r}, ${f}`);
  return GRID[(r - 1) * 5 + (f - 1)] as RfmSegment;
}

/**
 * The same map as SQL over two integer expressions: a constant array of the 25 segment names indexed
 * by (R − 1) × 5 + F. Segment names are the fixed identifiers above, so they are safe as literals.
 */
export function segmentSql(r: string, f: string): string {
  return `((array[${GRID.map((s) => `'${s}'`).join(',')}]::text[])[((${r}) - 1) * 5 + (${f})])`;
}

export function segmentLabel(segment: RfmSegment): LocalizedText {
  return RFM_SEGMENT_TABLE.find((s) => s.segment === segment)?.label ?? { en: segment };
}
