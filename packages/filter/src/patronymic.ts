/**
 * The gender a Russian patronymic implies, to suggest (never to decide) a customer's gender:
 * -ович/-евич/-ич are a son's (Иванович, Ильич), -овна/-евна/-ична/-инична a daughter's
 * (Ивановна, Ильинична), also in Latin letters (Ivanovich, Ivanovna). Null when the text is not
 * such a patronymic. The values are those of the `gender` attribute's choices.
 */
export function genderFromPatronymic(patronymic: unknown): 'male' | 'female' | null {
  if (typeof patronymic !== 'string') return null;
  // The last word: "Иванович" of "Петров Иван Иванович"; a double one ("Иван-Оглы") is left alone.
  const word = patronymic.trim().split(/\s+/).at(-1)?.toLowerCase().replace(/ё/g, 'е') ?? '';
  if (!/^[а-я]{2,}(ович|евич|ич|овна|евна|ична)$/.test(word) && !LATIN.test(word)) return null;
  if (/(ич|ich)$/.test(word)) return 'male';
  return 'female';
}

const LATIN = /^[a-z]{2,}(ovich|evich|ich|ovna|evna|ichna)$/;
