import { describe, expect, it } from 'vitest';
import { FAMILY_EN } from './familyMessages';
import { firstScreenCatalog } from './firstScreenCatalog';

type Tree = { patron?: Record<string, Record<string, unknown> | undefined> };

const noticeKinds = (messages: object) =>
  Object.entries(((messages as Tree).patron?.notifications?.kinds ?? {}) as Record<string, string>);

describe('the first screen’s English texts', () => {
  const first = firstScreenCatalog as Tree;

  // The bell is on the first screen: a notice must read as its kind's text before any lazy screen has
  // brought the rest of the catalogue, not as the generic "Something needs your attention".
  it('hold the text of every notice kind a screen family sends', () => {
    const kinds = FAMILY_EN.flatMap(noticeKinds);
    expect(kinds.map(([kind]) => kind)).toContain('note.mention');
    for (const [kind, text] of kinds) expect(noticeKinds(first)).toContainEqual([kind, text]);
  });

  it('hold the jobs’ names, which a failed job’s notice says', () => {
    const jobs = FAMILY_EN.flatMap((family) =>
      Object.entries(((family as Tree).patron?.jobs?.names ?? {}) as Record<string, string>),
    );
    expect(jobs.map(([job]) => job)).toContain('rfm.recompute');
    for (const [job, name] of jobs)
      expect((first.patron?.jobs?.names as Record<string, string> | undefined)?.[job]).toBe(name);
  });

  it('hold the menu’s texts a screen family adds (its group headings)', () => {
    const added = FAMILY_EN.flatMap((family) =>
      Object.entries(((family as Tree).patron?.menu?.groups ?? {}) as Record<string, string>),
    );
    expect(added.map(([group]) => group)).toContain('messaging');
    for (const [group, text] of added)
      expect((first.patron?.menu?.groups as Record<string, string> | undefined)?.[group]).toBe(text);
  });

  it('hold every family’s menu label', () => {
    for (const family of FAMILY_EN)
      for (const [name, texts] of Object.entries((family as Tree).patron ?? {}))
        if (texts && 'menu' in texts) expect(first.patron?.[name]?.menu).toBe(texts.menu);
  });
});
