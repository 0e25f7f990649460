import { fa as problems, faWords as problemWords } from '@patron/problems/texts/fa';
import englishMessages from 'ra-language-english';
import farsiMessages from 'ra-language-farsi';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './deepMerge';
import { englishLayers } from './englishCatalog';
import { fa } from './fa';
import { FAMILY_FA } from './familyMessages.fa';

/** Every Persian text of the admin over the English ones (loaded when the language is first used). */
export const persianCatalog = deepMerge(
  englishMessages,
  farsiMessages,
  ...englishLayers(),
  fa,
  ...(FAMILY_FA as Record<string, unknown>[]),
  { patron: { problems, problemWords } },
) as TranslationMessages;
