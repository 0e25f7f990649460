import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedPool, type Run } from '../../db/prepared-pool.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { type ClassifyContext, classifyForWrite } from './import-classify.js';
import type { MappedRow } from './import-rows.js';

let server: TestServer;
let ws: TestWorkspace;
let direct: PreparedPool;
let definitions: AttributeDefinition[];
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  direct = new PreparedPool(String(server.app.orm.config.get('clientUrl')), 2);
  definitions = await server.app.services.attributes.definitions(ws.id);
});
afterAll(async () => {
  await direct?.end();
  await server?.close();
});

const staff = { kind: 'staff' as const, id: 'import-test', name: 'Import test' };
/** Another connection: what a staff member's edit commits while a chunk is applied. */
const elsewhere = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

async function customer(values: Record<string, unknown>): Promise<string> {
  const [id] = await direct.transaction((run) =>
    server.app.services.customers.writeManyWithin(
      run,
      ws.id,
      staff,
      definitions,
      [{ values, changes: [], tags: [] }],
      new Map(),
    ),
  );
  return id as string;
}

const row = (
  line: number,
  values: Record<string, unknown>,
  consents: MappedRow['consents'] = [],
): MappedRow => ({
  line,
  values,
  tags: [],
  balances: [],
  consents,
  cells: [],
  problem: null,
  problemColumn: null,
  original: [],
});

const context = (between?: () => Promise<void>): Omit<ClassifyContext, 'lock'> => ({
  workspaceId: ws.id,
  mode: 'CREATE_OR_UPDATE',
  matchOn: 'MOBILE',
  definitions,
  tagIds: new Map(),
  balanceKey: (line, currency) => `test-${line}-${currency}`,
  // Runs after the customers were read and before anything is written: the moment an edit can slip in.
  consentStates: async (run: Run, ids: string[]) => {
    await between?.();
    return server.app.services.consents.statesWithin(run, ws.id, ids);
  },
});

const attributesOf = async (id: string) =>
  (
    await elsewhere<{ attributes: Record<string, unknown> }>('select attributes from customer where id = ?', [
      id,
    ])
  )[0]?.attributes;

describe('classifying a chunk for writing', () => {
  it('keeps an edit committed between the read and the write: the chunk is classified again under lock', async () => {
    const id = await customer({ firstName: 'Arash', mobile: '+989121110001', email: 'arash@example.com' });
    let edited = false;
    const edit = async () => {
      if (edited) return;
      edited = true;
      await elsewhere(
        `update customer set attributes = attributes || '{"firstName": "Edited"}' where id = ?`,
        [id],
      );
    };
    await direct.transaction(async (run) => {
      const [c] = await classifyForWrite(
        run,
        [row(2, { mobile: '+989121110001', email: 'new@example.com' }, [{ kind: 'SMS', granted: true }])],
        context(edit),
      );
      expect(c?.outcome).toBe('UPDATE');
      await server.app.services.customers.writeManyWithin(
        run,
        ws.id,
        staff,
        definitions,
        [{ values: c?.values ?? {}, changes: c?.changes ?? [], tags: [], existing: { id, tags: [] } }],
        new Map(),
      );
    });
    expect(edited).toBe(true);
    expect(await attributesOf(id)).toMatchObject({ firstName: 'Edited', email: 'new@example.com' });
  });

  it('locks a customer the chunk updates until the chunk commits', async () => {
    const id = await customer({ firstName: 'Sara', mobile: '+989121110002' });
    await direct.transaction(async (run) => {
      const [c] = await classifyForWrite(
        run,
        [row(2, { mobile: '+989121110002', firstName: 'Sarah' })],
        context(),
      );
      expect(c?.outcome).toBe('UPDATE');
      await expect(elsewhere('select id from customer where id = ? for update nowait', [id])).rejects.toThrow(
        /could not obtain lock/,
      );
    });
  });

  it('leaves a customer that a row does not change unlocked', async () => {
    const id = await customer({ firstName: 'Olga', mobile: '+79161110003' });
    await direct.transaction(async (run) => {
      const [c] = await classifyForWrite(
        run,
        [row(2, { mobile: '+79161110003', firstName: 'Olga' })],
        context(),
      );
      expect(c?.outcome).toBe('SKIP');
      expect(await elsewhere('select id from customer where id = ? for update nowait', [id])).toHaveLength(1);
    });
  });

  it('classifies again a row whose customer was deleted between the read and the write', async () => {
    const gone = await customer({ firstName: 'Gone', mobile: '+79161110004' });
    let deleted = false;
    const remove = async () => {
      if (deleted) return;
      deleted = true;
      await elsewhere('update customer set deleted_at = now() where id = ?', [gone]);
    };
    await direct.transaction(async (run) => {
      const [c] = await classifyForWrite(
        run,
        [row(2, { mobile: '+79161110004', firstName: 'Back' }, [{ kind: 'SMS', granted: true }])],
        context(remove),
      );
      expect(deleted).toBe(true);
      expect(c?.outcome).toBe('NEW');
    });
  });

  it('tells a row that changes nothing from one that changes a value, a tag, a consent or the suggested gender', async () => {
    const tag = await server.app.services.tags.create(ws.id, { name: 'gold', color: '#ffd700' });
    const id = await customer({ firstName: 'Reza', mobile: '+989121110005', cardNumber: 'C-5' });
    await direct.query('update customer set tags = ?::uuid[] where id = ?', [[tag.id], id]);
    const ctx = {
      ...context(),
      tagIds: new Map([
        ['gold', tag.id],
        ['silver', 'no-such-tag'],
      ]),
    };
    const outcomes = async (r: MappedRow) =>
      (await direct.transaction((run) => classifyForWrite(run, [r], ctx))).map((c) => c.outcome)[0];
    expect(
      await outcomes({
        ...row(2, { mobile: '+989121110005', firstName: 'Reza', cardNumber: 'C-5' }),
        tags: ['Gold'],
      }),
    ).toBe('SKIP');
    expect(await outcomes(row(2, { mobile: '+989121110005', firstName: 'Rezā' }))).toBe('UPDATE');
    expect(await outcomes({ ...row(2, { mobile: '+989121110005' }), tags: ['silver'] })).toBe('UPDATE');
    expect(await outcomes(row(2, { mobile: '+989121110005' }, [{ kind: 'SMS', granted: true }]))).toBe(
      'UPDATE',
    );
    expect(await outcomes(row(2, { mobile: '+989121110005', middleName: 'Петрович' }))).toBe('UPDATE');
    // The matched customer's own card needs no look-up, yet another row of the file cannot take it.
    const [, taken] = await direct.transaction((run) =>
      classifyForWrite(
        run,
        [
          row(2, { mobile: '+989121110005', cardNumber: 'C-5' }),
          row(3, { mobile: '+989121110006', cardNumber: 'C-5' }),
        ],
        ctx,
      ),
    );
    expect(taken?.problem?.code).toBe('VALUE_TAKEN');
    const [first] = await direct.transaction((run) =>
      classifyForWrite(
        run,
        [
          row(2, { mobile: '+989121110007', cardNumber: 'C-5' }),
          row(3, { mobile: '+989121110005', cardNumber: 'C-5' }),
        ],
        ctx,
      ),
    );
    expect(first?.problem?.code).toBe('VALUE_TAKEN');
  });
});
