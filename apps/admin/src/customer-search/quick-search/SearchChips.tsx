import Search from '@mui/icons-material/Search';
import { Chip, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { Fragment, type KeyboardEvent, useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import type { CustomerListFilter } from '../listQuery';
import { addSearchChips, splitTyping } from './searchChips';

/**
 * Quick search: Enter or a comma turns the text into a chip; a customer matching any chip is
 * shown. Changing chips leaves an opened segment's query, like editing its filter does.
 */
export function SearchChips() {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const values = filterValues as CustomerListFilter;
  const chips = values.search ?? [];
  const [text, setText] = useState('');

  const update = (next: string[]) => {
    const from = values.segmentId ?? values.fromSegment;
    setFilters(
      {
        ...(next.length ? { search: next } : {}),
        ...(values.filter ? { filter: values.filter } : {}),
        ...(from ? { fromSegment: from } : {}),
      },
      {},
    );
  };

  const onChange = (value: string) => {
    const { done, rest } = splitTyping(value);
    if (done.trim()) {
      const next = addSearchChips(chips, done);
      if (next.length !== chips.length) update(next);
      setText(rest.trimStart());
    } else setText(value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && text.trim()) {
      e.preventDefault();
      update(addSearchChips(chips, text));
      setText('');
    } else if (e.key === 'Backspace' && !text && chips.length) {
      update(chips.slice(0, -1));
    }
  };

  return (
    <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" sx={{ flex: 1, minWidth: 280 }}>
      <TextField
        size="small"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={translate('patron.customer.search')}
        sx={{ minWidth: 300, flex: '0 1 380px' }}
        slotProps={{
          htmlInput: {
            'data-testid': 'search-input',
            // Typed text takes its own direction (a Latin email in Persian); while empty the input
            // follows the page, else a browser lays the Persian placeholder out left to right.
            dir: text ? 'auto' : undefined,
            'aria-label': translate('patron.customer.search'),
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {/* A customer matching any chip is shown: the chips say so with "or" between them. */}
      {chips.map((chip, i) => (
        <Fragment key={chip}>
          {i > 0 && (
            <Typography variant="caption" color="text.secondary" data-testid="search-chip-joiner">
              {translate('patron.customer.searchOr')}
            </Typography>
          )}
          <Chip
            label={chip}
            dir="auto"
            title={chips.length > 1 ? translate('patron.customer.searchMatchesAny') : undefined}
            onDelete={() => update(chips.filter((c) => c !== chip))}
            data-testid="search-chip"
          />
        </Fragment>
      ))}
    </Stack>
  );
}
