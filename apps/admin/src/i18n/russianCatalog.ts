import { ru as problems, ruWords as problemWords } from '@patron/problems/texts/ru';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './deepMerge';
import { englishLayers } from './englishCatalog';
import { FAMILY_RU } from './familyMessages.ru';
import { ru } from './ru';

/** Every Russian text of the admin over the English ones (loaded when the language is first used). */
export const russianCatalog = deepMerge(
  englishMessages,
  russianMessages,
  ...englishLayers(),
  ru,
  ...(FAMILY_RU as Record<string, unknown>[]),
  { patron: { problems, problemWords } },
) as TranslationMessages;
