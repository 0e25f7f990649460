import { createContext, type ReactNode, useContext, useRef } from 'react';
import { useFormContext } from 'react-hook-form';

interface Caret {
  name: string;
  start: number;
  end: number;
}

const LastCaret = createContext<{ current: Caret | null }>({ current: null });

/** Remembers where the caret was in the last template field left, so a variable goes there. */
export function CaretMemory({ children }: { children: ReactNode }) {
  const caret = useRef<Caret | null>(null);
  return <LastCaret.Provider value={caret}>{children}</LastCaret.Provider>;
}

/** Props for a field's <input>/<textarea>: note the caret when the field is left (e.g. for a chip). */
export function useCaretTracking(name: string) {
  const caret = useContext(LastCaret);
  return {
    onBlur: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      caret.current = { name, start: event.target.selectionStart ?? 0, end: event.target.selectionEnd ?? 0 };
    },
  };
}

/** Writes `{{ variable }}` at the remembered caret, or at the end of `fallback` when none is. */
export function useInsertVariable(fallback: string) {
  const caret = useContext(LastCaret);
  const { getValues, setValue } = useFormContext();
  return (variable: string) => {
    const tag = `{{ ${variable} }}`;
    const at = caret.current?.name.startsWith(fallback.replace(/\.\w+$/, '.')) ? caret.current : null;
    const name = at?.name ?? fallback;
    const value = String(getValues(name) ?? '');
    const start = at ? Math.min(at.start, value.length) : value.length;
    const end = at ? Math.min(at.end, value.length) : value.length;
    setValue(name, value.slice(0, start) + tag + value.slice(end), { shouldDirty: true });
    caret.current = { name, start: start + tag.length, end: start + tag.length };
  };
}
