import { screen, waitFor, within } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { badInput } from '../problems/testing';
import { scriptGraphql } from '../testing/graphql';
import { renderInAdmin } from '../testing/renderInAdmin';
import { CustomerNotesTab } from './CustomerNotesTab';
import { NoteBody } from './NoteBody';

const ANN = '0b6c1a8e-1b1e-4f3e-9c1a-2f0d5a9e7c11';

const note = (id: string, body: string, extra: object = {}) => ({
  __typename: 'Note' as const,
  id,
  customerId: 'c-1',
  authorId: 'staff-1',
  authorName: 'Mina',
  body,
  pinned: false,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  mentions: [],
  ...extra,
});

const page = (...notes: ReturnType<typeof note>[]) => ({
  data: {
    customerNotes: {
      __typename: 'NoteConnection',
      totalCount: notes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: notes.map((node) => ({ __typename: 'NoteEdge', node })),
    },
  },
});

/** The server's answer to AddNote: the note as sent. */
const added = (variables: Record<string, unknown>) => ({
  data: { addNote: note('3', (variables.input as { body: string }).body) },
});

describe('a note body', () => {
  it('shows script and markup as text, and only http(s) addresses as safe links', async () => {
    const body =
      '<script>window.hacked = 1</script>\n<img src=x onerror="window.hacked = 2"> see https://example.org/a?b=1. or javascript:alert(1)';
    const { container } = await renderInAdmin(<NoteBody body={body} />);
    const shown = screen.getByTestId('note-body');
    expect(shown.textContent).toBe(body);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    const links = within(shown).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://example.org/a?b=1');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
  });
});

describe('the Notes tab', () => {
  it('lists notes as the server orders them and adds a note with a mention picked after @', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [] } },
      CustomerNotes: page(
        note('2', `Call @[Ann Lee](${ANN}) back`, { pinned: true }),
        note('1', 'Older', { authorId: 'staff-2', authorName: 'Bob' }),
      ),
      MentionableStaff: {
        data: { mentionableStaff: [{ __typename: 'MentionableStaff', id: ANN, name: 'Ann Lee' }] },
      },
      AddNote: added,
    });
    const { user } = await renderInAdmin(
      <RecordContextProvider value={{ id: 'c-1' }}>
        <CustomerNotesTab />
      </RecordContextProvider>,
      { permissions: ['customers.read', 'notes.write'] },
    );
    const cards = await screen.findAllByTestId('note');
    expect(cards.map((c) => c.getAttribute('data-pinned'))).toEqual(['true', 'false']);
    expect(within(cards[0] as HTMLElement).getByTestId('note-mention').textContent).toBe('@Ann Lee');
    // Only one's own note offers edit and delete.
    expect(within(cards[0] as HTMLElement).queryByTestId('note-edit')).not.toBeNull();
    expect(within(cards[1] as HTMLElement).queryByTestId('note-edit')).toBeNull();
    expect(within(cards[1] as HTMLElement).queryByTestId('note-delete')).toBeNull();

    const input = screen.getByTestId('note-input');
    await user.type(input, 'Please ask @an');
    await user.click(await screen.findByRole('option', { name: 'Ann Lee' }));
    await user.type(input, 'about it');
    expect((input as HTMLTextAreaElement).value).toBe('Please ask @Ann Lee about it');
    await user.click(screen.getByTestId('note-submit'));
    await waitFor(() => expect(api.sentAs('AddNote')).toHaveLength(1));
    expect(api.sentAs('AddNote')[0]?.variables).toEqual({
      input: { customerId: 'c-1', body: `Please ask @[Ann Lee](${ANN}) about it` },
    });
    expect(api.sentAs('MentionableStaff').at(-1)?.variables).toEqual({ search: 'an' });
    await waitFor(() => expect(api.sentAs('CustomerNotes')).toHaveLength(2));
  });

  it('shows a refusal under the text in the user’s language', async () => {
    await scriptGraphql({
      Currencies: { data: { currencies: [] } },
      CustomerNotes: page(),
      AddNote: { errors: [badInput([['input', 'body'], 'NOTE_MENTION_UNKNOWN', { id: 'x' }])] },
    });
    const { user } = await renderInAdmin(
      <RecordContextProvider value={{ id: 'c-1' }}>
        <CustomerNotesTab />
      </RecordContextProvider>,
      { permissions: ['customers.read', 'notes.write'], locale: 'ru' },
    );
    await screen.findByTestId('notes-none');
    await user.type(screen.getByTestId('note-input'), 'Hi');
    await user.click(screen.getByTestId('note-submit'));
    expect(await screen.findByText(/не активный сотрудник/)).toBeTruthy();
  });
});
