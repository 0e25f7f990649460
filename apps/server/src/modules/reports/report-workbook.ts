import ExcelJS from 'exceljs';
import { harmless } from '../exports/cell-text.js';
import { DateWriter } from '../exports/dates.js';
import { localized } from '../exports/export-columns.js';
import type { ProductSales } from '../products/product-sales.js';
import { RFM_SEGMENT_TABLE } from '../rfm/rfm-segments.js';
import { type Locale, REPORT_WORDS } from './report-words.js';
import type { Dashboard, Figure } from './reports.service.js';

/** An instant as the workspace's wall clock, 'YYYY-MM-DD HH:MM' (Gregorian). */
function wallClock(at: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * The dashboard as a small workbook (a few hundred rows at most, so built in memory): headers in
 * the staff member's language, dates on the workspace clock in the dashboard's calendar (the
 * moment the figures are from too), numbers as numbers, sheets right to left in Persian.
 */
export async function dashboardWorkbook(
  d: Dashboard & {
    topProducts?: ProductSales[] | null;
    /** The moment the figures are current as of (the replica's, else when they were read). */
    asOf: Date;
  },
  locale: Locale,
): Promise<Buffer> {
  const w = REPORT_WORDS[locale];
  const dates = new DateWriter('CALENDAR', d.period.calendar);
  const when = (at: Date) => dates.dateTime(wallClock(at, d.period.timeZone));
  const book = new ExcelJS.Workbook();
  const sheet = (i: number, header: string[]) => {
    const s = book.addWorksheet(w.sheets[i], {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: locale === 'FA' }],
    });
    s.addRow(header).font = { bold: true };
    s.columns.forEach((c) => {
      c.width = 18;
    });
    return s;
  };

  const summary = sheet(0, [w.figure, w.period, w.previous]);
  const p = d.period;
  summary.addRow([w.from, when(p.from), p.previous ? when(p.previous.from) : null]);
  summary.addRow([w.to, when(p.to), p.previous ? when(p.previous.to) : null]);
  // A replica may lag: the file says how current its figures are, as the dashboard does.
  summary.addRow([w.asOf, when(d.asOf), null]);
  const figure = (name: string, f: Figure) => summary.addRow([name, f.value, f.previous]);
  figure(w.members, d.members.members);
  figure(w.newMembers, d.members.newMembers);
  figure(w.activeMembers, d.purchases.activeMembers);
  figure(w.purchases, d.purchases.purchases);
  figure(w.revenue, d.purchases.revenue);
  figure(w.averagePurchase, d.purchases.averagePurchase);
  figure(w.repeatCustomers, d.purchases.repeatCustomers);
  for (const flow of d.balances) {
    const name = localized(flow.currency.name, locale, flow.currency.key);
    summary.addRow([`${name}: ${w.issued}`, flow.issued, flow.previousIssued]);
    summary.addRow([`${name}: ${w.spent}`, flow.spent, flow.previousSpent]);
  }
  summary.getColumn(1).width = 30;

  const series = sheet(1, [w.bucket, w.start, w.end, w.newMembers, w.activeMembers, w.purchases, w.revenue]);
  for (const [i, b] of p.buckets.entries()) {
    const buy = d.purchases.series[i];
    series.addRow([
      b.label,
      when(b.start),
      when(b.end),
      d.members.series[i] ?? 0,
      buy?.activeMembers ?? 0,
      buy?.purchases ?? 0,
      buy?.revenue ?? 0,
    ]);
  }

  const tiers = sheet(2, [w.tier, w.customers]);
  for (const t of d.tiers)
    tiers.addRow([t.tier ? localized(t.tier.name, locale, t.tier.key) : w.noTier, t.customers]);

  const rfm = sheet(3, [w.segment, w.customers]);
  const labels = new Map(RFM_SEGMENT_TABLE.map((s) => [s.segment as string, s.label]));
  for (const s of d.rfmSegments) {
    const label = s.segment && labels.get(s.segment);
    rfm.addRow([label ? localized(label, locale, s.segment as string) : w.unscored, s.customers]);
  }

  const top = sheet(4, [w.customer, w.purchases, w.revenue]);
  // A customer's name is text from people: never let a spreadsheet run it.
  for (const c of d.topCustomers) top.addRow([harmless(c.displayName), c.purchases, c.revenue]);

  if (d.topProducts) {
    const products = sheet(5, [w.product, w.sku, w.sold, w.unit, w.revenue]);
    for (const p of d.topProducts)
      products.addRow([
        harmless(localized(p.product.name, locale, p.product.sku)),
        harmless(p.product.sku),
        p.quantity,
        harmless(p.product.unit),
        p.revenue,
      ]);
  }

  return Buffer.from(await book.xlsx.writeBuffer());
}
