import { ApolloLink } from '@apollo/client';
import { renderHook, waitFor } from '@testing-library/react';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { apollo } from '../apollo';
import { CustomerFieldsQuery } from '../customer-search/fields/documents';
import { scriptGraphql } from '../testing/graphql';
import { sharedQuery, useSharedQuery } from './sharedQuery';

const field = (key: string) => ({
  __typename: 'CustomerField',
  key,
  label: { __typename: 'LocalizedText', en: key, ru: key, fa: key },
  kind: 'TEXT',
  operators: [],
  choices: [],
  sortable: true,
  source: 'system',
  attributeType: null,
});
const answer = (...keys: string[]) => ({ data: { customerFields: keys.map(field) } });

/**
 * Answers that leave only when the test releases them, so one can be on its way during a sign-in
 * or sign-out; each is the fields named by `keys()` when it was asked.
 */
async function heldAnswers(keys: () => string[]): Promise<(() => void)[]> {
  await scriptGraphql({});
  const waiting: (() => void)[] = [];
  apollo.setLink(
    new ApolloLink(
      () =>
        new Observable((observer) => {
          const sent = answer(...keys());
          waiting.push(() => {
            observer.next(sent as never);
            observer.complete();
          });
        }),
    ),
  );
  return waiting;
}

describe('sharedQuery', () => {
  it('asks once for every reader and hands them the answer as sent', async () => {
    const { sentAs } = await scriptGraphql({ CustomerFieldList: answer('firstName') });
    const fields = sharedQuery(CustomerFieldsQuery);
    const first = renderHook(() => useSharedQuery(fields, {}));
    const second = renderHook(() => useSharedQuery(fields, {}));
    expect(first.result.current.loading).toBe(true);
    await waitFor(() => expect(first.result.current.loading).toBe(false));
    expect(second.result.current.data?.customerFields.map((f) => f.key)).toEqual(['firstName']);
    expect(await fields.load({})).toBe(first.result.current.data);
    expect(sentAs('CustomerFieldList')).toHaveLength(1);
  });

  it('asks again when told to, and its readers redraw with the new answer', async () => {
    let keys = ['firstName'];
    // Quoted: a capitalised key holding a function reads to the linter as a component.
    await scriptGraphql({ ['CustomerFieldList']: () => answer(...keys) });
    const fields = sharedQuery(CustomerFieldsQuery);
    const reader = renderHook(() => useSharedQuery(fields, {}));
    await waitFor(() => expect(reader.result.current.data?.customerFields).toHaveLength(1));
    keys = ['firstName', 'city'];
    await fields.load({}, true);
    await waitFor(() => expect(reader.result.current.data?.customerFields).toHaveLength(2));
  });

  it("forgets its answers with Apollo's cache: the next reader asks again", async () => {
    let keys = ['workspaceA'];
    const waiting = await heldAnswers(() => keys);
    const release = async () => {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()?.();
    };
    const fields = sharedQuery(CustomerFieldsQuery);
    const before = fields.load({});
    await release();
    await before;
    const onItsWay = fields.load({}, true);
    await apollo.clearStore();
    // Apollo refuses an answer still on its way when its cache is cleared; it is not kept either.
    await expect(onItsWay).rejects.toThrow();
    waiting.splice(0);
    keys = ['workspaceB'];
    const after = fields.load({});
    await release();
    expect((await after).customerFields.map((f) => f.key)).toEqual(['workspaceB']);
  });

  it('stops loading when the answer fails, and a later reader asks again', async () => {
    let fail = true;
    await scriptGraphql({
      ['CustomerFieldList']: () =>
        fail
          ? { errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : answer('firstName'),
    });
    const fields = sharedQuery(CustomerFieldsQuery);
    const reader = renderHook(() => useSharedQuery(fields, {}));
    await waitFor(() => expect(reader.result.current.loading).toBe(false));
    expect(reader.result.current.data).toBeUndefined();
    fail = false;
    const later = renderHook(() => useSharedQuery(fields, {}));
    await waitFor(() => expect(later.result.current.data?.customerFields).toHaveLength(1));
  });

  it('asks again for a reader still shown when its answer is forgotten on the way', async () => {
    let keys = ['workspaceA'];
    const waiting = await heldAnswers(() => keys);
    const fields = sharedQuery(CustomerFieldsQuery);
    const reader = renderHook(() => useSharedQuery(fields, {}));
    await waitFor(() => expect(waiting).toHaveLength(1));
    // A sign-in while the list's fields are on their way: Apollo refuses that answer.
    keys = ['workspaceB'];
    await apollo.clearStore();
    await waitFor(() => expect(waiting).toHaveLength(2));
    waiting[1]?.();
    await waitFor(() =>
      expect(reader.result.current.data?.customerFields.map((f) => f.key)).toEqual(['workspaceB']),
    );
    expect(reader.result.current.loading).toBe(false);
  });
});
