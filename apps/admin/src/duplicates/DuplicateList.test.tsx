import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { DuplicateList } from './DuplicateList';

const person = (id: string, name: string, createdAt: string) => ({
  __typename: 'Customer' as const,
  id,
  displayName: name,
  firstName: name,
  lastName: null,
  mobile: null,
  email: 'reza@example.com',
  attributes: { firstName: name, birthDate: '1990-04-02' },
  createdAt,
});
const CANDIDATES = {
  data: {
    duplicateCandidates: {
      __typename: 'DuplicateCandidatesPage',
      totalCount: 1,
      refreshedAt: '2026-12-05T09:30:00.000Z',
      counts: [{ __typename: 'DuplicateReasonCount', reason: 'EMAIL', count: 1 }],
      groups: [
        {
          __typename: 'DuplicateGroupType',
          reason: 'EMAIL',
          key: 'reza@example.com',
          score: 100,
          customers: [
            person('c-old', 'Reza', '2026-01-01T10:00:00Z'),
            person('c-new', 'Reza A.', '2026-06-01T10:00:00Z'),
          ],
        },
      ],
    },
  },
};
const PREVIEW = {
  data: {
    mergePreview: {
      __typename: 'MergeCountsType',
      purchases: 12,
      history: 30,
      tags: 0,
      groups: 1,
      referrals: 0,
      children: 0,
      balances: [{ __typename: 'MovedBalanceType', currency: 'coins', amount: 250 }],
    },
  },
};
const MERGED = {
  data: {
    mergeCustomers: {
      __typename: 'CustomerMergeType',
      id: 'm-1',
      mainCustomerId: 'c-new',
      mergedCustomerId: 'c-old',
      undoUntil: '2027-01-04T10:00:00Z',
    },
  },
};

describe('the duplicates screen', () => {
  it('lists a group with its reason, and merges the profile chosen as main with what moves shown first', async () => {
    const api = await scriptGraphql({
      DuplicateCandidates: CANDIDATES,
      MergePreview: PREVIEW,
      MergeCustomers: MERGED,
    });
    const { user } = await renderInAdmin(<DuplicateList />, { permissions: ['customers.merge'] });

    const row = await screen.findByTestId('duplicate-group');
    expect(row.textContent).toContain('Same email');
    expect(row.textContent).toContain('reza@example.com');
    await user.click(within(row).getByTestId('duplicate-compare'));

    const dialog = await screen.findByTestId('merge-dialog');
    // The oldest profile is offered as main; choosing the other one asks the server again.
    await waitFor(() => expect(api.sentAs('MergePreview')).toHaveLength(1));
    expect(api.sentAs('MergePreview')[0]?.variables).toEqual({
      mainCustomerId: 'c-old',
      mergedCustomerId: 'c-new',
    });
    await user.click(within(dialog).getByTestId('main-c-new'));
    await waitFor(() =>
      expect(api.sentAs('MergePreview').at(-1)?.variables).toEqual({
        mainCustomerId: 'c-new',
        mergedCustomerId: 'c-old',
      }),
    );
    const moves = await within(dialog).findByTestId('merge-moves');
    await waitFor(() => expect(moves.textContent).toContain('Purchases: 12'));
    expect(moves.textContent).toContain('Balance coins: 250');
    expect(moves.textContent).not.toContain('Tags');

    await user.click(within(dialog).getByTestId('merge-submit'));
    await waitFor(() => expect(api.sentAs('MergeCustomers')).toHaveLength(1));
    expect(api.sentAs('MergeCustomers')[0]?.variables).toEqual({
      mainCustomerId: 'c-new',
      mergedCustomerId: 'c-old',
    });
  });

  it('speaks Russian', async () => {
    await scriptGraphql({ DuplicateCandidates: CANDIDATES });
    await renderInAdmin(<DuplicateList />, { permissions: ['customers.merge'], locale: 'ru' });
    const row = await screen.findByTestId('duplicate-group');
    expect(row.textContent).toContain('Одинаковый email');
    expect(screen.getByTestId('duplicates-total').textContent).toBe('1 пара');
    expect(screen.getByTestId('duplicates-refreshed').textContent).toMatch(/^Найдено /);
  });
});
