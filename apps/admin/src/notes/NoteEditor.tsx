import { Box, Button, MenuItem, MenuList, Paper, Popper, Stack, TextField } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { placeFailure } from '../common/placeErrors';
import type { MentionableStaffQuery as Mentionable } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { MentionableStaffQuery } from './documents';
import { mentionQuery, type PickedMention, toEditable, toStored } from './noteSegments';

/** The server's limit (NOTE_TOO_LONG): the counter turns red past it, the server refuses the rest. */
export const NOTE_MAX_CHARACTERS = 10_000;

type Staff = Mentionable['mentionableStaff'][number];

interface Props {
  /** The stored body of the note being edited; empty for a new note. */
  initial?: string;
  submitLabel: string;
  /** Sends the stored body; throws the API's refusal, which is shown under the text. */
  onSubmit(body: string): Promise<void>;
  onCancel?(): void;
}

/**
 * A note's text with a mention picker: typing `@` and a few letters lists active staff of the
 * workspace; picking one writes `@Name` and remembers who it is, sent as a mention.
 */
export function NoteEditor({ initial = '', submitLabel, onSubmit, onCancel }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const problemText = useProblemText();
  const start = toEditable(initial);
  const [text, setText] = useState(start.text);
  const [mentions, setMentions] = useState<PickedMention[]>(start.mentions);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<Staff[]>([]);
  const [highlighted, setHighlighted] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement | null>(null);
  const anchor = useRef<HTMLDivElement | null>(null);
  const caretAfterPick = useRef<number | null>(null);

  const search = query?.query;
  useEffect(() => {
    if (search === undefined) return setOptions([]);
    let current = true;
    apollo
      .query({ query: MentionableStaffQuery, variables: { search }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (current) {
          setOptions(data?.mentionableStaff ?? []);
          setHighlighted(0);
        }
      })
      .catch(() => current && setOptions([]));
    return () => {
      current = false;
    };
  }, [search]);

  useEffect(() => {
    const at = caretAfterPick.current;
    if (at !== null && input.current) {
      input.current.setSelectionRange(at, at);
      caretAfterPick.current = null;
    }
  });

  const open = query !== null && options.length > 0;
  const stored = toStored(text, mentions);
  const length = [...stored].length;

  const pick = (staff: Staff) => {
    if (!query || !input.current) return;
    const caret = input.current.selectionStart ?? text.length;
    const inserted = `@${staff.name} `;
    setText(text.slice(0, query.start) + inserted + text.slice(caret));
    setMentions((before) =>
      before.some((m) => m.staffId === staff.id)
        ? before
        : [...before, { staffId: staff.id, name: staff.name }],
    );
    caretAfterPick.current = query.start + inserted.length;
    setQuery(null);
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(stored);
      setText('');
      setMentions([]);
    } catch (failure) {
      const placed = placeFailure(failure, ['body']);
      const first = placed.fields.body ?? placed.general[0];
      setError(first ? problemText(first) : translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  const numbers = numberFormat(localeTag(locale));
  return (
    <Box data-testid="note-editor">
      <TextField
        ref={anchor}
        inputRef={input}
        value={text}
        multiline
        minRows={3}
        fullWidth
        label={translate('patron.notes.body')}
        placeholder={translate('patron.notes.placeholder')}
        error={Boolean(error) || length > NOTE_MAX_CHARACTERS}
        helperText={
          error ??
          translate('patron.notes.length', {
            count: numbers.format(length),
            max: numbers.format(NOTE_MAX_CHARACTERS),
          })
        }
        onChange={(e) => {
          setText(e.target.value);
          setQuery(mentionQuery(e.target.value, e.target.selectionStart ?? e.target.value.length));
        }}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setHighlighted((h) => (h + step + options.length) % options.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            const staff = options[highlighted];
            if (staff) pick(staff);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setQuery(null);
          }
        }}
        onBlur={() => setQuery(null)}
        slotProps={{
          htmlInput: {
            'data-testid': 'note-input',
            dir: 'auto',
            // A multi-line text box may not carry aria-expanded (axe: aria-allowed-attr); it says it
            // suggests from a list, and which list while that list is open.
            'aria-autocomplete': 'list',
            ...(open ? { 'aria-controls': 'note-mention-list' } : {}),
          },
        }}
      />
      {/* Under the text, over the counter: the list belongs to what is being typed. */}
      <Popper open={open} anchorEl={anchor.current} placement="bottom-start" sx={{ zIndex: 1500 }}>
        <Paper elevation={4}>
          <MenuList
            id="note-mention-list"
            role="listbox"
            dense
            aria-label={translate('patron.notes.mention')}
          >
            {options.map((staff, i) => (
              <MenuItem
                key={staff.id}
                role="option"
                selected={i === highlighted}
                aria-selected={i === highlighted}
                data-testid="note-mention-option"
                // Keeps the focus (and the caret) in the text while the option is clicked.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(staff)}
              >
                {staff.name}
              </MenuItem>
            ))}
          </MenuList>
        </Paper>
      </Popper>
      <Stack direction="row" gap={1} sx={{ mt: 1 }}>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={busy || text.trim() === ''}
          data-testid="note-submit"
        >
          {submitLabel}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
        )}
      </Stack>
    </Box>
  );
}
