import type { FileService } from '../files/file.service.js';
import type { ReportPeriod } from './report-period.js';
import type { Locale } from './report-words.js';
import { dashboardWorkbook } from './report-workbook.js';
import type { ReportsService } from './reports.service.js';

/** A report file lives this long: it is made on demand, so there is nothing to keep it for. */
const KEPT_MS = 60 * 60 * 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The dashboard as an Excel file, made while the request waits (a few hundred rows) and stored in
 * the files module for its requester only, who downloads it from GET /files/:id.
 */
export class ReportExportService {
  constructor(
    private readonly reports: ReportsService,
    private readonly files: FileService,
  ) {}

  async export(
    workspaceId: string,
    requester: { id: string; locale: string },
    period: ReportPeriod,
    first: number,
    /** The Top products sheet, for a requester who may read products. */
    withProducts = false,
  ) {
    // Read from the main database, the figures are as of when their reading began.
    const readAt = new Date();
    const [dashboard, topProducts, asOf] = await Promise.all([
      this.reports.dashboard(workspaceId, period, first),
      withProducts ? this.reports.topProducts(workspaceId, period, first) : null,
      this.reports.asOf(),
    ]);
    const content = await dashboardWorkbook(
      { ...dashboard, topProducts, asOf: asOf ?? readAt },
      requester.locale as Locale,
    );
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const stored = await this.files.saveStream(
      workspaceId,
      {
        name: `dashboard-${day(period.from)}-${day(period.to)}.xlsx`,
        ownerStaffId: requester.id,
        contentType: XLSX,
        expiresAt: new Date(Date.now() + KEPT_MS),
      },
      [content],
    );
    return {
      fileId: stored.id,
      name: stored.name,
      size: stored.size,
      downloadPath: `/files/${stored.id}`,
      expiresAt: stored.expiresAt,
    };
  }
}
