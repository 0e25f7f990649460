import { type Message, serverMessage } from '../loyalty/serverMessages';

const number = (text: string | undefined) => Number(text ?? '');

/**
 * Refusals of the programme, tier and group APIs as the server words them (English), each with the
 * message shown instead; anything else goes to the ledger's list (loyalty/serverMessages.ts).
 */
const KNOWN: [RegExp, string, ((m: RegExpExecArray) => Message['params'])?][] = [
  [/^A number from ([\d.e+-]+) to ([\d.e+-]+)$/, 'range', (m) => ({ min: number(m[1]), max: number(m[2]) })],
  [/^Unknown currency$/, 'unknownCurrency'],
  [/^Give the product SKU$/, 'sku'],
  [/^A weekday from 0 \(Sunday\) to 6$/, 'weekday'],
  [/^A list$/, 'list'],
  [/^Not a time zone/, 'timeZone'],
  [/^Use 1–31 lower-case Latin letters/, 'tierKey'],
  [/^Give the tier a name in at least one language$/, 'tierName'],
  [/^A position from 1 \(the lowest tier\)$/, 'tierPosition'],
  [/^An amount of 0 or more with at most 2 decimals$/, 'money'],
  [/^A whole number of purchases, 0 or more$/, 'purchaseCount'],
  [/^An amount of XP, 0 or more$/, 'xp'],
  [/^Another tier already has this key$/, 'tierKeyTaken'],
  [/^The key of a tier cannot change$/, 'tierKeyFixed'],
  [/^Whole days from 1 to 3660/, 'windowDays'],
  [/^Whole months from 1 to 120$/, 'periodMonths'],
  [/^A group name has 1 to (\d+) characters$/, 'groupName', (m) => ({ max: number(m[1]) })],
  [/^Another group already has this name$/, 'groupNameTaken'],
  [/^No group with this id$/, 'noGroup'],
];

/** The message to show for a server text of these screens. */
export function programmeMessage(text: string): Message {
  for (const [pattern, key, params] of KNOWN) {
    const match = pattern.exec(text);
    if (match) return { key: `patron.programme.errors.${key}`, ...(params ? { params: params(match) } : {}) };
  }
  return serverMessage(text);
}
