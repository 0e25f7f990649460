import { describe, expect, it } from 'vitest';
import { mentionQuery, noteSegments, toEditable, toStored } from './noteSegments';

const ANN = '0b6c1a8e-1b1e-4f3e-9c1a-2f0d5a9e7c11';
const ANN_LEE = '1b6c1a8e-1b1e-4f3e-9c1a-2f0d5a9e7c12';

describe('a note body', () => {
  it('is cut into text, mentions and http(s) links only', () => {
    expect(
      noteSegments(`Ask @[Ann](${ANN}) about https://shop.example/o?id=1. Not javascript:alert(1)\nbye`),
    ).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', name: 'Ann', staffId: ANN },
      { kind: 'text', text: ' about ' },
      { kind: 'link', href: 'https://shop.example/o?id=1' },
      { kind: 'text', text: '. Not javascript:alert(1)\nbye' },
    ]);
    expect(noteSegments('@[x](not-an-id)')).toEqual([{ kind: 'text', text: '@[x](not-an-id)' }]);
  });

  it('goes to the editor as @Name and back as the stored mention; unpicked names stay text', () => {
    const stored = `Hi @[Ann Lee](${ANN_LEE}) and @[Ann](${ANN}), cc @Bob`;
    const editable = toEditable(stored);
    expect(editable.text).toBe('Hi @Ann Lee and @Ann, cc @Bob');
    expect(toStored(editable.text, editable.mentions)).toBe(stored);
  });

  it('finds the @query before the caret', () => {
    expect(mentionQuery('Hello @an', 9)).toEqual({ start: 6, query: 'an' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail a@b', 8)).toBeNull();
    expect(mentionQuery('@ann done', 9)).toBeNull();
  });
});
