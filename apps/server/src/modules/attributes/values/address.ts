import { describe } from './describe.js';
import { normalizeText, TEXT_MAX } from './text.js';
import { type AddressValue, fail, ok, type ValueResult } from './types.js';

const FIELDS = new Set(['text', 'lat', 'lng']);

function coordinate(raw: unknown, name: string, limit: number): number | string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || Math.abs(raw) > limit) {
    return `${name} must be a number from -${limit} to ${limit}, got ${describe(raw)}`;
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
    return fail(`Expected an address as text or { text, lat, lng }, got ${describe(raw)}`);
  }
  const fields = raw as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !FIELDS.has(k));
  if (unknown !== undefined)
    return fail(`An address has only text, lat and lng, not ${JSON.stringify(unknown)}`);
  const text = normalizeText(fields.text, TEXT_MAX);
  if (!text.ok) return fail(`The address text: ${text.message}`);
  if (text.value === '') return fail('An address needs its text');
  const lat = coordinate(fields.lat, 'lat', 90);
  const lng = coordinate(fields.lng, 'lng', 180);
  if (typeof lat === 'string') return fail(lat);
  if (typeof lng === 'string') return fail(lng);
  if ((lat === undefined) !== (lng === undefined)) return fail('Give both lat and lng, or neither');
  const address: AddressValue = { text: text.value as string };
  if (lat !== undefined && lng !== undefined) Object.assign(address, { lat, lng });
  return ok(address);
}
