import { deepMerge } from './deepMerge';
import { enFirstScreen } from './enFirstScreen';
import { enLater } from './enLater';

/** Every English text of the shell: the first screen's part and the rest, key by key. */
export const en = deepMerge(enFirstScreen, enLater) as typeof enFirstScreen & typeof enLater;

/** Every language file has exactly these keys (checked by messages.test.ts). */
export type Messages = typeof en;
