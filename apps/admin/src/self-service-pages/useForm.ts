import { useState } from 'react';
import type { ProblemMessage } from '../problems/problemText';
import { Refusal } from './api';
import { useWords } from './WordsContext';

export interface FormState<N extends string> {
  busy: boolean;
  /** Each input's refusal, in the customer's language. */
  fieldError(name: N): string | undefined;
  /** A refusal about no input of the form (a wrong password at sign-in, a used link). */
  general: string | null;
  /** Runs the action; a refusal is shown on its input, or above the form. True when it went through. */
  submit(action: () => Promise<void>): Promise<boolean>;
  /** A refusal of the form's own (two passwords that differ) on one input. */
  refuseHere(name: N, text: string): void;
}

/** The state of one form: busy while it is sent, and what the API refused, translated by code. */
export function useForm<N extends string>(inputs: readonly N[]): FormState<N> {
  const words = useWords();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Partial<Record<N, ProblemMessage | string>>>({});
  const [general, setGeneral] = useState<ProblemMessage | null>(null);
  return {
    busy,
    fieldError(name) {
      const refused = fields[name];
      return typeof refused === 'string' ? refused : refused && words.problem(refused);
    },
    general: general && words.problem(general),
    refuseHere(name, text) {
      setGeneral(null);
      setFields({ [name]: text } as Partial<Record<N, string>>);
    },
    async submit(action) {
      setBusy(true);
      setFields({});
      setGeneral(null);
      try {
        await action();
        return true;
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        const onInputs = Object.entries(error.fields).filter(([name]) => inputs.includes(name as N));
        if (onInputs.length > 0)
          setFields(Object.fromEntries(onInputs) as Partial<Record<N, ProblemMessage>>);
        else setGeneral(Object.values(error.fields)[0] ?? error.problem);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
