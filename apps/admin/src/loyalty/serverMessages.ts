/** A message to translate: an i18n key and its values; an unknown server text is its own key. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

const number = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

/**
 * The ledger's and currencies' refusals as the server words them (English), each with the message
 * the UI shows instead. The server has no message codes, so the wording is matched.
 */
const KNOWN: [RegExp, string, ((m: RegExpExecArray) => Message['params'])?][] = [
  [
    /^The balance is too low: ([\d.e+-]+) (\S+) available, ([\d.e+-]+) asked$/,
    'tooLow',
    (m) => ({ available: number(m[1]), currency: m[2] ?? '', asked: number(m[3]) }),
  ],
  [/^The balance is too low for this$/, 'tooLowForThis'],
  [/^This currency takes whole amounts only$/, 'wholeOnly'],
  [/^At most (\d+) decimal places$/, 'maxDecimals', (m) => ({ count: number(m[1]) })],
  [/^The amount cannot be zero$/, 'zero'],
  [/^Enter a number$/, 'notANumber'],
  [/^At most ([\d,]+) at once$/, 'tooLarge', (m) => ({ max: number(m[1]) })],
  [/^The expiry must be in the future$/, 'expiryPast'],
  [/^Only an addition can expire$/, 'expiryOnlyAddition'],
  [/^This customer is inactive/, 'inactive'],
  [/^This operation has already been reversed$/, 'alreadyReversed'],
  [/^A reversal cannot be reversed$/, 'reversalOfReversal'],
  [/^An expiry cannot be reversed$/, 'expiryNotReversible'],
  [/^At most (\d+) characters$/, 'maxChars', (m) => ({ count: number(m[1]) })],
  [/^This idempotency key was already used for a different operation$/, 'keyReused'],
  [/^No currency "(.*)"; this workspace has /, 'noCurrency', (m) => ({ currency: m[1] ?? '' })],
  [/^Use 1–31 lower-case Latin letters/, 'currencyKey'],
  [/^Give the currency a name in at least one language$/, 'currencyName'],
  [/^Between 0 and 4 decimal places$/, 'decimalsRange'],
  [/^A value of 0 or more$/, 'unitValue'],
  [/^A position from 1$/, 'position'],
  [/^Another currency already has this key$/, 'keyTaken'],
  [/^The key of a currency cannot change$/, 'keyFixed'],
  [/^Decimal places cannot change once a currency exists$/, 'decimalsFixed'],
  [/^Your role does not allow this$/, 'forbidden'],
  [/^Upload a file, or choose a segment or a group \(one of them\)$/, 'oneSource'],
  [/^The file has no lines$/, 'noLines'],
  [/^Say which column identifies the customer$/, 'whichColumn'],
  [/^Give the amount for every customer$/, 'amountForEvery'],
  [/^At most ([\d,]+) lines per file$/, 'tooManyLines', (m) => ({ max: number(m[1]) })],
  // Purchases and returns (money keeps its two decimals as sent).
  [
    /^At most ([\d.]+) of this invoice can be paid with balances \(([\d.]+)%\)$/,
    'spendCapInvoice',
    (m) => ({ max: m[1] ?? '', percent: m[2] ?? '' }),
  ],
  [
    /^At most ([\d.]+) a day can be paid with balances; ([\d.]+) already used/,
    'spendCapDay',
    (m) => ({ max: m[1] ?? '', used: m[2] ?? '' }),
  ],
  [/^The balances used are worth [\d.]+, more than the invoice$/, 'spendOverInvoice'],
  [/^A purchase cannot be in the future$/, 'futurePurchase'],
  [/^An amount of money with at most two decimals$/, 'moneyDecimals'],
  [/^Must be more than zero$/, 'moreThanZero'],
  [/^At most ([\d.]+) is left to return$/, 'returnLeft', (m) => ({ left: m[1] ?? '' })],
  [/^This purchase has already been returned in full$/, 'returnedInFull'],
  [/^This customer is deleted$/, 'deletedCustomer'],
];

/** The message to show for a server text: a known refusal in the user's language, anything else as sent. */
export function serverMessage(text: string): Message {
  for (const [pattern, key, params] of KNOWN) {
    const match = pattern.exec(text);
    if (match) return { key: `patron.loyalty.errors.${key}`, ...(params ? { params: params(match) } : {}) };
  }
  return { key: text };
}
