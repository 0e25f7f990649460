/** Commas separate searches; the Persian comma too, which a Persian keyboard types instead. */
const SEPARATORS = /[,،]/;
const MAX_CHIPS = 20;

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The chips plus each comma-separated piece of `text` not already there (case aside); empty pieces dropped. */
export function addSearchChips(chips: readonly string[], text: string): string[] {
  const out = [...chips];
  for (const piece of text.split(SEPARATORS).map(tidy)) {
    if (!piece || out.length >= MAX_CHIPS) continue;
    if (out.some((c) => c.toLocaleLowerCase() === piece.toLocaleLowerCase())) continue;
    out.push(piece);
  }
  return out;
}

/** While typing: what is before the last comma becomes chips, what is after stays in the box. */
export function splitTyping(text: string): { done: string; rest: string } {
  const parts = text.split(SEPARATORS);
  const rest = parts.pop() ?? '';
  return { done: parts.join(','), rest };
}
