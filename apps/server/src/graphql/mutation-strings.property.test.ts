import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { GraphQLClient } from '@patron/testkit';
import fc from 'fast-check';
import type {
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionInputTypeRef,
  IntrospectionInputValue,
  IntrospectionObjectType,
  IntrospectionQuery,
  IntrospectionTypeRef,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasUnstorableCharacters } from '../common/text.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';

/**
 * Every mutation's text inputs, at any depth, get random strings (any Unicode, NUL, lone surrogates,
 * direction overrides, up to ~100 KB) from a signed-in admin over real HTTP: whatever is refused is
 * refused with a code, never INTERNAL_SERVER_ERROR. The schema is introspected in-process, so a
 * mutation added later is walked too; other arguments get valid values from the schema's types and
 * the fixtures below.
 */

// The schema was built by type-graphql with the CommonJS copy of graphql; introspect it with the same.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const RUNS_PER_SLOT = 6;

let server: TestServer;
let ws: TestWorkspace;
let types: Map<string, IntrospectionQuery['__schema']['types'][number]>;
let mutations: readonly IntrospectionField[];
/** Ids of real rows, by what they are: a mutation taking one reaches its checks past NOT_FOUND. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const introspection = graphql.introspectionFromSchema(server.app.schema);
  types = new Map(introspection.__schema.types.map((t) => [t.name, t]));
  const mutationType = types.get(introspection.__schema.mutationType?.name ?? '') as IntrospectionObjectType;
  mutations = mutationType.fields;
  await createFixtures();
}, 120_000);
afterAll(async () => server?.close());

async function createFixtures() {
  const admin = ws.as.ADMIN;
  const customer = async (mobile: string) =>
    (
      await admin.requestOk('mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
        i: { attributes: { firstName: 'Fuzz', mobile } },
      })
    ).createCustomer.id as string;
  ids.customer = await customer('+989121110001');
  ids.referrer = await customer('+989121110002');
  ids.tag = (
    await admin.requestOk('mutation { createTag(input: { name: "fuzz", color: "#ff0000" }) { id } }')
  ).createTag.id;
  ids.segment = (
    await admin.requestOk('mutation { createSegment(input: { name: "fuzz" }) { id } }')
  ).createSegment.id;
  ids.group = (
    await admin.requestOk('mutation { createGroup(input: { name: "fuzz" }) { id } }')
  ).createGroup.id;
  ids.tier = (
    await admin.requestOk('mutation { createTier(input: { key: "fuzz", name: { en: "Fuzz" } }) { id } }')
  ).createTier.id;
  ids.operation = (
    await admin.requestOk(
      'mutation($c: ID!) { adjustBalance(input: { customerId: $c, currency: "coins", amount: 50, reason: "x", idempotencyKey: "fuzz-1" }) { id } }',
      { c: ids.customer },
    )
  ).adjustBalance.id;
  ids.purchase = (
    await admin.requestOk(
      'mutation($c: ID!) { recordPurchase(input: { customerId: $c, amount: 100, paymentStatus: PAID, idempotencyKey: "fuzz-2" }) { id } }',
      { c: ids.customer },
    )
  ).recordPurchase.id;
  ids.batch = (
    await admin.requestOk(
      'mutation { previewBalanceBatch(input: { currency: "coins", identifier: MOBILE, csv: "+989121110001,1" }) { id } }',
    )
  ).previewBalanceBatch.id;
  const reads = await admin.requestOk('{ attributeDefinitions { id key } currencies { id } }');
  ids.attributeDefinition = reads.attributeDefinitions.find((a: { key: string }) => a.key === 'firstName').id;
  ids.currency = reads.currencies[0].id;
}

/** A real id for an argument or input field, by its name or else the mutation's. */
function goodId(mutation: string, field: string): string {
  const own: Record<string, string | undefined> = {
    customerId: ids.customer,
    referrerId: ids.referrer,
    tagIds: ids.tag,
    tagId: ids.tag,
    groupId: ids.group,
    segmentId: ids.segment,
    purchaseId: ids.purchase,
    operationId: ids.operation,
    tierId: ids.tier,
  };
  if (own[field]) return own[field];
  const byName: [RegExp, string | undefined][] = [
    [/AttributeDefinition/, ids.attributeDefinition],
    [/BalanceBatch/, ids.batch],
    [/Customer/, ids.customer],
    [/Tag/, ids.tag],
    [/Segment/, ids.segment],
    [/Group/, ids.group],
    [/Tier/, ids.tier],
    [/Currency/, ids.currency],
    [/Purchase/, ids.purchase],
  ];
  return byName.find(([pattern]) => pattern.test(mutation))?.[1] ?? randomUUID();
}

let unique = 0;
/** A valid string for a field, by its name. */
function goodString(field: string): string {
  const known: Record<string, string> = {
    currency: 'coins',
    cashbackCurrency: 'coins',
    color: '#00ff00',
    email: `fuzz-${++unique}@example.com`,
    password: 'long-enough-password',
    key: `fuzz${++unique}`,
    group: 'main',
    csv: '+989121110001,1',
    idempotencyKey: `fuzz-key-${++unique}`,
    timeZone: 'Asia/Tehran',
  };
  return known[field] ?? 'Fuzz';
}

/** Inputs whose optional fields make them valid: a name in one language, a currency's key, a source. */
const KNOWN_GOOD: Record<string, () => Record<string, unknown>> = {
  LocalizedTextInput: () => ({ en: 'Fuzz' }),
  CurrencyInput: () => ({ key: `fz${++unique}`, unitValue: 1, decimals: 0 }),
  TierInput: () => ({ key: `fz${++unique}` }),
  BalanceBatchInput: () => ({ identifier: 'MOBILE', csv: '+989121110001,1' }),
  BulkActionInput: () => ({ kind: 'SET_FIELDS', attributes: { firstName: 'Fuzz' } }),
  CustomerSelection: () => ({ ids: [ids.customer] }),
  GroupMemberSelection: () => ({ ids: [ids.customer] }),
};
/** Inputs that take exactly one of their fields: the one fuzzed replaces the known-good one. */
const ONE_OF = new Set(['CustomerSelection', 'GroupMemberSelection']);

type Ref = IntrospectionTypeRef | IntrospectionInputTypeRef;

function typeString(ref: Ref): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType)}]`;
  return ref.name;
}

function named(ref: Ref): { kind: string; name: string } {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? named(ref.ofType) : ref;
}

/** A valid value of a type: required fields filled, optional ones left out. */
function fill(ref: Ref, field: string, mutation: string, depth = 0): unknown {
  if (ref.kind === 'NON_NULL') return fill(ref.ofType, field, mutation, depth);
  if (ref.kind === 'LIST') return [fill(ref.ofType, field, mutation, depth)];
  const type = types.get(ref.name);
  if (ref.kind === 'ENUM' && type?.kind === 'ENUM') return type.enumValues[0]?.name;
  if (ref.kind === 'INPUT_OBJECT' && type?.kind === 'INPUT_OBJECT') {
    const value: Record<string, unknown> = KNOWN_GOOD[ref.name]?.() ?? {};
    for (const f of type.inputFields) {
      if (f.type.kind === 'NON_NULL' && f.defaultValue == null && depth < 4 && !(f.name in value))
        value[f.name] = fill(f.type, f.name, mutation, depth + 1);
    }
    return value;
  }
  switch (ref.name) {
    case 'ID':
      return goodId(mutation, field);
    case 'String':
      return goodString(field);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'JSON':
      return field === 'attributes' ? { firstName: 'Fuzz' } : {};
    default:
      return null;
  }
}

/** Where a string can go: an argument and the input fields down to a String, ID or JSON leaf. */
interface Slot {
  steps: { name: string; type: Ref }[];
  leaf: 'String' | 'ID' | 'JSON';
}

function slotsOf(arg: IntrospectionInputValue): Slot[] {
  const out: Slot[] = [];
  const walk = (steps: Slot['steps'], seen: Set<string>) => {
    const last = steps.at(-1) as Slot['steps'][number];
    const { kind, name } = named(last.type);
    if (kind === 'SCALAR' && (name === 'String' || name === 'ID' || name === 'JSON'))
      out.push({ steps, leaf: name });
    const type = types.get(name) as IntrospectionInputObjectType | undefined;
    if (kind !== 'INPUT_OBJECT' || !type || seen.has(name)) return;
    for (const f of type.inputFields)
      walk([...steps, { name: f.name, type: f.type }], new Set([...seen, name]));
  };
  walk([{ name: arg.name, type: arg.type }], new Set());
  return out;
}

/** `existing` (or a valid value of `ref`) with `value` put where the steps lead. */
function place(
  ref: Ref,
  steps: Slot['steps'],
  i: number,
  value: unknown,
  existing: unknown,
  mutation: string,
): unknown {
  if (ref.kind === 'NON_NULL') return place(ref.ofType, steps, i, value, existing, mutation);
  if (ref.kind === 'LIST')
    return [place(ref.ofType, steps, i, value, Array.isArray(existing) ? existing[0] : undefined, mutation)];
  const step = steps[i];
  if (!step) return value;
  const start = ONE_OF.has(ref.name) ? {} : existing;
  const object = (start ?? fill(ref, steps[i - 1]?.name ?? '', mutation)) as Record<string, unknown>;
  return { ...object, [step.name]: place(step.type, steps, i + 1, value, object[step.name], mutation) };
}

/** Strings as an attacker or a broken client sends them. */
const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u202d\u2066',
  '\u200b\u200c\ufeff',
  '   ',
  '',
  '0x10',
  '1e999',
  "'; drop table customer; --",
  '%_\\',
  '{"a":1}',
  '00000000-0000-0000-0000-000000000000',
);
/** Characters PostgreSQL stores, with the invisible, direction and control ones a client may send. */
const storable = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !hasUnstorableCharacters(c)),
  fc.constantFrom(
    '\u202e',
    '\u200f',
    '\u2066',
    '\u200b',
    '\ufeff',
    '\u00ad',
    '\u0001',
    '\n',
    '"',
    "'",
    '\\',
    '%',
  ),
);
/** NUL and lone surrogates, which it cannot. */
const poison = fc.oneof(
  fc.constant('\u0000'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);
const storableText = fc.array(storable, { maxLength: 40 }).map((cs) => cs.join(''));
const randomText = fc.oneof(
  { weight: 6, arbitrary: storableText },
  {
    weight: 2,
    arbitrary: fc.tuple(storableText, poison, fc.nat()).map(([t, p, at]) => {
      const i = at % (t.length + 1);
      return `${t.slice(0, i)}${p}${t.slice(i)}`;
    }),
  },
  { weight: 3, arbitrary: nasty },
  {
    weight: 1,
    arbitrary: fc.tuple(storable, fc.integer({ min: 1000, max: 100_000 })).map(([c, n]) => c.repeat(n)),
  },
);

describe('random text in every mutation', () => {
  it('is never an internal error', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const mutation of mutations) {
      const args = mutation.args;
      const returns = named(mutation.type);
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(returns.kind) ? '{ __typename }' : '';
      const declared = args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
      const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = args.length
        ? `mutation(${declared}) { ${mutation.name}(${passed}) ${selection} }`
        : `mutation { ${mutation.name} ${selection} }`;
      // Signing in with random credentials must not sign the admin out.
      const client = mutation.name === 'login' ? new GraphQLClient(server.graphqlUrl) : ws.as.ADMIN;
      for (const arg of args) {
        for (const slot of slotsOf(arg)) {
          await fc
            .assert(
              fc.asyncProperty(randomText, async (text) => {
                const variables: Record<string, unknown> = {};
                for (const a of args)
                  if (a.type.kind === 'NON_NULL') variables[a.name] = fill(a.type, a.name, mutation.name);
                const value = slot.leaf === 'JSON' ? { firstName: text, [text.slice(0, 50)]: text } : text;
                variables[arg.name] = place(
                  arg.type,
                  slot.steps,
                  1,
                  value,
                  variables[arg.name],
                  mutation.name,
                );
                requests++;
                const answer = await client.request(query, variables);
                const internal = answer.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
                if (internal) {
                  const where = `${mutation.name}(${slot.steps.map((s) => s.name).join('.')})`;
                  failures.push(`${where} ← ${JSON.stringify(text.slice(0, 80))} (${text.length} chars)`);
                  return false;
                }
                return true;
              }),
              { numRuns: RUNS_PER_SLOT, endOnFailure: true },
            )
            .catch(() => {});
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 240_000);
});
