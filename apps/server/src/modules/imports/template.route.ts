import express, { type Router } from 'express';
import type { PatronApp } from '../../app.js';
import { sendRefusal } from '../../http/json-errors.js';
import { readSessionToken } from '../../http/session-cookie.js';
import { IMPORT_PERMISSION } from './import-permissions.js';
import { localized } from './import-targets.js';

const BOM = '\ufeff';

/**
 * `GET /imports/template?kind=CUSTOMERS` (or PURCHASES, OPERATIONS): an empty CSV (UTF-8 with BOM, so Excel reads it right)
 * whose header names the workspace's live attributes and tags in the caller's language: filled in
 * and uploaded, every column is matched by its header.
 */
export function importsRoute(app: PatronApp): Router {
  const router = express.Router();
  router.get('/template', async (req, res) => {
    const token = readSessionToken(req);
    const staff = token ? await app.services.auth.staffForToken(token) : null;
    if (!staff) return sendRefusal(res, 401, 'UNAUTHENTICATED');
    const permissions = await app.services.rolePermissions.of(staff.workspaceId, staff.role);
    if (!permissions.has(IMPORT_PERMISSION))
      return sendRefusal(res, 403, 'FORBIDDEN', { permissions: IMPORT_PERMISSION });
    const kind =
      req.query.kind === 'PURCHASES' || req.query.kind === 'OPERATIONS' ? req.query.kind : 'CUSTOMERS';
    const targets = (await app.services.imports.targets(staff.workspaceId, kind)).filter(
      (t) => kind !== 'CUSTOMERS' || t.kind !== 'BALANCE',
    );
    const header = targets.map((t) => csvCell(localized(t.label, staff.locale))).join(',');
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${kind.toLowerCase()}-template.csv"`);
    res.send(`${BOM}${header}\r\n`);
  });
  return router;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
