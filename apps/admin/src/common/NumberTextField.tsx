import { TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from 'react-admin';
import { localDigits, parseTypedNumber } from '../i18n/digits';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  value: number | null | undefined;
  /** The number typed, or null while the text is empty or no number. */
  onChange(value: number | null): void;
};

/**
 * MUI's TextField for a number outside react-admin forms (the filter builder, the column picker),
 * in any digits: Persian and Arabic-Indic digits are read, and Persian ones shown in fa. What is
 * being typed stays as typed ("12." on its way to "12.5") and takes the language's digits on leaving.
 */
export function NumberTextField({ value, onChange, onFocus, onBlur, slotProps, ...props }: Props) {
  const locale = useLocale();
  const shown = value == null || Number.isNaN(value) ? '' : localDigits(String(value), locale);
  const [text, setText] = useState(shown);
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setText(shown);
  }, [shown]);
  return (
    <TextField
      {...props}
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseTypedNumber(e.target.value, locale);
        onChange(typeof n === 'number' ? n : null);
      }}
      onFocus={(e) => {
        typing.current = true;
        onFocus?.(e);
      }}
      onBlur={(e) => {
        typing.current = false;
        setText(shown);
        onBlur?.(e);
      }}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: 'decimal', ...(slotProps?.htmlInput as object) },
      }}
    />
  );
}
