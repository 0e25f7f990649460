import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditIcon from '@mui/icons-material/EditOutlined';
import { Box, IconButton, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  HttpError,
  useLocale,
  useNotify,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { AttributeDefinition } from '../../attributes/useAttributeRegistry';
import { useNotifyRefusal } from '../../common/useNotifyRefusal';
import { localized } from '../../i18n/localized';
import { AttributeValueField } from '../AttributeValueField';
import { AttributeInput } from '../CustomerInputs';

type RefusedInputs = { errors?: Record<string, string> };

/**
 * One attribute on the card, changed where it is shown (H1): a click on the value (or its pencil)
 * opens the attribute's own input; Save sends only that attribute, Escape or Cancel leaves it.
 * A child profile and a role without edit rights see the value only.
 */
export function InlineAttribute({ definition }: { definition: AttributeDefinition }) {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const [editing, setEditing] = useState(false);
  const [update, { isPending }] = useUpdate();
  const label = localized(definition.label, locale, definition.key);
  const editable = hasEdit && !record?.mainCustomerId && record?.status !== 'ERASED';
  if (!record) return null;
  if (!editable) return <AttributeValueField definition={definition} />;
  if (!editing)
    return (
      <Stack direction="row" alignItems="center" gap={0.5}>
        <Box
          onClick={() => setEditing(true)}
          sx={{ cursor: 'text', borderRadius: 1, px: 0.5, mx: -0.5, '&:hover': { bgcolor: 'action.hover' } }}
        >
          <AttributeValueField definition={definition} />
        </Box>
        <IconButton
          size="small"
          aria-label={translate('patron.card.edit', { field: label })}
          onClick={() => setEditing(true)}
          data-testid={`inline-edit-${definition.key}`}
          sx={{ opacity: 0.6 }}
        >
          <EditIcon fontSize="inherit" />
        </IconButton>
      </Stack>
    );
  // A refusal of this attribute shows under its input (returned to the form), any other as a notice.
  const save = async (values: Record<string, unknown>) => {
    try {
      await update(
        'customers',
        {
          id: record.id,
          data: { ...record, [definition.key]: values[definition.key] ?? null },
          previousData: record,
        },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
    } catch (error) {
      const byInput =
        error instanceof HttpError ? (error.body as RefusedInputs | undefined)?.errors : undefined;
      const mine = byInput?.[definition.key];
      if (mine) return { [definition.key]: mine };
      refused(error);
      return;
    }
    setEditing(false);
    notify('patron.card.saved', { type: 'success', messageArgs: { field: label } });
  };
  return (
    <Form record={record} onSubmit={save}>
      <Stack
        direction="row"
        alignItems="flex-start"
        gap={0.5}
        data-testid={`inline-form-${definition.key}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
        }}
      >
        <Box sx={{ minWidth: 240 }}>
          <AttributeInput definition={definition} />
        </Box>
        <IconButton
          type="submit"
          color="primary"
          disabled={isPending}
          aria-label={translate('patron.card.save')}
        >
          <CheckIcon />
        </IconButton>
        <IconButton onClick={() => setEditing(false)} aria-label={translate('patron.card.cancel')}>
          <CloseIcon />
        </IconButton>
      </Stack>
    </Form>
  );
}
