import PushPin from '@mui/icons-material/PushPin';
import PushPinOutlined from '@mui/icons-material/PushPinOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useCalendar } from '../preferences/useCalendar';
import { AddNoteMutation, DeleteNoteMutation, EditNoteMutation, PinNoteMutation } from './documents';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { type Note, useCustomerNotes } from './useCustomerNotes';

interface NoteCardProps {
  note: Note;
  mayWrite: boolean;
  mine: boolean;
  mayDelete: boolean;
  onChanged(): void;
}

function NoteCard({ note, mayWrite, mine, mayDelete, onChanged }: NoteCardProps) {
  const translate = useTranslate();
  const refused = useNotifyRefusal();
  const { format } = useCalendar();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const edited = note.updatedAt !== note.createdAt;

  const pin = async () => {
    try {
      await apollo.mutate({ mutation: PinNoteMutation, variables: { id: note.id, pinned: !note.pinned } });
      onChanged();
    } catch (error) {
      refused(error);
    }
  };
  const remove = async () => {
    setDeleting(false);
    try {
      await apollo.mutate({ mutation: DeleteNoteMutation, variables: { id: note.id } });
      onChanged();
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Card
      variant="outlined"
      data-testid="note"
      data-pinned={note.pinned}
      sx={note.pinned ? { borderColor: 'warning.main', bgcolor: 'action.hover' } : undefined}
    >
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" sx={{ mb: 0.5 }}>
          <Typography variant="subtitle2" fontWeight={600} data-testid="note-author">
            {note.authorName}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            <time dateTime={note.createdAt}>{format(note.createdAt, true)}</time>
            {edited && `${translate('patron.separator')}${translate('patron.notes.edited')}`}
          </Typography>
          {note.pinned && (
            <Chip size="small" color="warning" icon={<PushPin />} label={translate('patron.notes.pinned')} />
          )}
          <Box sx={{ flex: 1 }} />
          {mayWrite && (
            <Tooltip title={translate(note.pinned ? 'patron.notes.unpin' : 'patron.notes.pin')}>
              <IconButton
                size="small"
                onClick={() => void pin()}
                aria-label={translate(note.pinned ? 'patron.notes.unpin' : 'patron.notes.pin')}
                data-testid="note-pin"
              >
                {note.pinned ? <PushPin fontSize="small" /> : <PushPinOutlined fontSize="small" />}
              </IconButton>
            </Tooltip>
          )}
          {mayWrite && mine && !editing && (
            <Button size="small" onClick={() => setEditing(true)} data-testid="note-edit">
              {translate('ra.action.edit')}
            </Button>
          )}
          {mayDelete && (
            <Button size="small" color="error" onClick={() => setDeleting(true)} data-testid="note-delete">
              {translate('ra.action.delete')}
            </Button>
          )}
        </Stack>
        {editing ? (
          <NoteEditor
            initial={note.body}
            submitLabel={translate('ra.action.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (body) => {
              await apollo.mutate({
                mutation: EditNoteMutation,
                variables: { id: note.id, input: { body } },
              });
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <NoteBody body={note.body} />
        )}
      </CardContent>
      <Confirm
        isOpen={deleting}
        title="patron.notes.deleteTitle"
        content="patron.notes.deleteConfirm"
        onConfirm={() => void remove()}
        onClose={() => setDeleting(false)}
      />
    </Card>
  );
}

/**
 * The card's Notes tab: a new note (with @mentions) on top, then the notes, pinned first and newest
 * first. One edits and deletes one's own notes; an admin deletes any; anyone who writes notes pins.
 */
export function CustomerNotesTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const mayWrite = Boolean(permissions?.includes('notes.write'));
  const isAdmin = identity?.role === 'ADMIN';
  const customerId = record ? String(record.id) : undefined;
  const [version, setVersion] = useState(0);
  const { notes, hasMore, loading, failed, loadMore } = useCustomerNotes(customerId, version);
  const changed = () => setVersion((v) => v + 1);

  if (!customerId) return null;
  return (
    <Stack gap={1.5} data-testid="customer-notes" sx={{ maxWidth: 860, minWidth: 0 }}>
      {mayWrite && (
        <NoteEditor
          submitLabel={translate('patron.notes.add')}
          onSubmit={async (body) => {
            await apollo.mutate({ mutation: AddNoteMutation, variables: { input: { customerId, body } } });
            changed();
          }}
        />
      )}
      {failed && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {!loading && !failed && notes.length === 0 && (
        <Typography color="text.secondary" data-testid="notes-none">
          {translate('patron.notes.none')}
        </Typography>
      )}
      {notes.map((note) => {
        const mine = identity?.id === note.authorId;
        return (
          <NoteCard
            key={note.id}
            note={note}
            mayWrite={mayWrite}
            mine={mine}
            mayDelete={mayWrite && (mine || isAdmin)}
            onChanged={changed}
          />
        );
      })}
      {hasMore && (
        <Button onClick={() => void loadMore()} disabled={loading} sx={{ alignSelf: 'flex-start' }}>
          {translate('patron.notes.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
