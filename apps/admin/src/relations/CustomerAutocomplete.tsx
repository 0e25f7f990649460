import { Autocomplete, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { CustomerMatchesQuery } from './documents';

export interface CustomerOption {
  id: string;
  displayName: string;
  number: number;
  mobile?: string | null;
}

/** "#12 Anna Petrova" — the number first, as staff say it, in the user's digits (Persian in fa). */
export const customerLabel = (c: { number: number; displayName: string }, locale: string) =>
  `#${numberFormat(localeTag(locale), { useGrouping: false }).format(c.number)} ${c.displayName}`;

/**
 * Finds a customer of the workspace as the list's quick search does (name, phone, email, number),
 * a moment after typing stops; `exclude` (the card's own customer) is never offered.
 */
export function CustomerAutocomplete(props: {
  value: CustomerOption | null;
  onChange(value: CustomerOption | null): void;
  exclude: string;
  label: string;
  testId: string;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<CustomerOption[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const search = text.trim();
    if (!search) {
      setOptions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const { data } = await apollo.query({
          query: CustomerMatchesQuery,
          variables: { search: [search] },
          fetchPolicy: 'network-only',
        });
        if (current)
          setOptions((data?.customers.edges ?? []).map((e) => e.node).filter((c) => c.id !== props.exclude));
      } finally {
        if (current) setLoading(false);
      }
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, props.exclude]);

  return (
    <Autocomplete<CustomerOption>
      value={props.value}
      onChange={(_e, next) => props.onChange(next)}
      onInputChange={(_e, next) => setText(next)}
      options={options}
      loading={loading}
      filterOptions={(all) => all}
      getOptionLabel={(c) => customerLabel(c, locale)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={translate(text.trim() ? 'patron.relations.noMatches' : 'patron.relations.typeToSearch')}
      renderOption={({ key, ...rest }, c) => (
        <li key={key} {...rest} data-testid={`${props.testId}-option`}>
          <bdi>{customerLabel(c, locale)}</bdi>
          {c.mobile && (
            <bdi dir="ltr" style={{ marginInlineStart: 8, opacity: 0.7 }}>
              {c.mobile}
            </bdi>
          )}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={props.label}
          slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': props.testId } }}
        />
      )}
    />
  );
}
