import { describe } from './describe.js';
import { normalizeText, TEXT_MAX } from './text.js';
import { type AddressValue, fail, ok, type ValueResult } from './types.js';

const FIELDS = new Set(['text', 'lat', 'lng']);

function coordinate(raw: unknown, name: string, limit: number): number | ValueResult | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || Math.abs(raw) > limit) {
    return fail('VALUE_ADDRESS_COORDINATE', { name, limit, got: describe(raw) });
  }
  return raw === 0 ? 0 : raw;
}

/** Text → { text }; or an object { text, lat?, lng? } with lat in -90..90 and lng in -180..180, both or neither. */
export function normalizeAddress(raw: unknown): ValueResult {
  if (typeof raw === 'string') {
    const text = normalizeText(raw, TEXT_MAX);
    return text.ok ? ok({ text: text.value as string }) : text;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('VALUE_NOT_ADDRESS', { got: describe(raw) });
  }
  const fields = raw as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) return fail('VALUE_ADDRESS_FIELD', { field: JSON.stringify(unknown) });
  const text = normalizeText(fields.text, TEXT_MAX);
  if (!text.ok) return text;
  if (text.value === '') return fail('VALUE_ADDRESS_TEXT_REQUIRED');
  const lat = coordinate(fields.lat, 'lat', 90);
  const lng = coordinate(fields.lng, 'lng', 180);
  if (typeof lat === 'object') return lat;
  if (typeof lng === 'object') return lng;
  if ((lat === undefined) !== (lng === undefined)) return fail('VALUE_ADDRESS_BOTH_COORDINATES');
  const address: AddressValue = { text: text.value as string };
  if (lat !== undefined && lng !== undefined) Object.assign(address, { lat, lng });
  return ok(address);
}
