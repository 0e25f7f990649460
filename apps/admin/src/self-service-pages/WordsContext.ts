import { createContext, useContext } from 'react';
import { type Words, wordsFor } from './words';

export const WordsContext = createContext<Words>(wordsFor('en'));

export const useWords = (): Words => useContext(WordsContext);
