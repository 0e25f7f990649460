import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { type BulkActionInput, BulkActionKind, type CustomerSelection } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import type { Tag } from '../tags/useTags';
import { BulkFieldsForm } from './BulkFieldsForm';
import { BulkJobProgress } from './BulkJobProgress';
import { BulkTagsInput } from './BulkTagsInput';
import { isFinished, useBulkJob } from './useBulkJob';

interface Props {
  kind: BulkActionKind | null;
  selection: CustomerSelection;
  count: number;
  onClose(): void;
  /** The job finished: the list, counts and segments should be fetched again. */
  onFinished(): void;
}

const FORM_ID = 'bulk-fields-form';
const TAG_KINDS: readonly BulkActionKind[] = [
  BulkActionKind.ADD_TAGS,
  BulkActionKind.REMOVE_TAGS,
  BulkActionKind.REPLACE_TAGS,
];

/** Asks what exactly to do (a field's value, which tags), confirms for how many, then follows the job. */
export function BulkActionDialog({ kind, selection, count, onClose, onFinished }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const refused = useNotifyRefusal();
  const { job, start, reset } = useBulkJob();
  const [tags, setTags] = useState<Tag[]>([]);
  const [starting, setStarting] = useState(false);
  const finished = isFinished(job);

  useEffect(() => {
    if (!kind) return;
    reset();
    setTags([]);
  }, [kind, reset]);

  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);

  const run = async (action: BulkActionInput) => {
    setStarting(true);
    try {
      await start(selection, action);
    } catch (error) {
      refused(error);
    } finally {
      setStarting(false);
    }
  };

  const onRun = () => {
    if (!kind || kind === 'SET_FIELDS') return; // submitted through the fields form
    void run(TAG_KINDS.includes(kind) ? { kind, tagIds: tags.map((t) => t.id) } : { kind });
  };

  const number = numberFormat(localeTag(locale)).format(count);
  const needsTags = kind !== null && TAG_KINDS.includes(kind);
  return (
    <Dialog
      open={kind !== null}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'data-testid': 'bulk-dialog' } as object }}
    >
      <DialogTitle>{kind && translate(`patron.bulk.actions.${kind}`)}</DialogTitle>
      <DialogContent>
        {job ? (
          <BulkJobProgress job={job} />
        ) : (
          <Stack gap={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color={kind === 'DELETE' ? 'error' : 'text.primary'}>
              {translate(kind === 'DELETE' ? 'patron.bulk.confirmDelete' : 'patron.bulk.confirm', {
                smart_count: count,
                count: number,
              })}
            </Typography>
            {kind === 'SET_FIELDS' && (
              <BulkFieldsForm formId={FORM_ID} onSubmit={(attributes) => void run({ kind, attributes })} />
            )}
            {needsTags && <BulkTagsInput value={tags} onChange={setTags} />}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="bulk-close">
          {translate(job ? 'ra.action.close' : 'ra.action.cancel')}
        </Button>
        {!job && (
          <Button
            variant="contained"
            color={kind === 'DELETE' ? 'error' : 'primary'}
            disabled={starting || (needsTags && kind !== 'REPLACE_TAGS' && tags.length === 0)}
            data-testid="bulk-run"
            {...(kind === 'SET_FIELDS' ? { type: 'submit', form: FORM_ID } : { onClick: onRun })}
          >
            {translate('patron.bulk.run', { smart_count: count, count: number })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
