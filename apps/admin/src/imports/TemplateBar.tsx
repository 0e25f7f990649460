import { useQuery } from '@apollo/client/react';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import Save from '@mui/icons-material/Save';
import { Button, IconButton, MenuItem, Stack, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { DeleteImportTemplateMutation, ImportTemplatesQuery } from './documents';
import type { ImportKind } from './importModel';

interface Props {
  kind: ImportKind;
  busy: boolean;
  /** Applies a saved mapping to this import (the server sets its columns, mode and match). */
  onApply(templateId: string): Promise<void>;
  /** Saves this import's mapping, as the screen shows it, under a name. */
  onSave(name: string): Promise<void>;
}

/** Saved mappings of this kind of import: apply one, delete it, or save the screen's mapping as a new one. */
export function TemplateBar({ kind, busy, onApply, onSave }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyRefusal = useNotifyRefusal();
  const { data } = useQuery(ImportTemplatesQuery, { variables: { kind }, fetchPolicy: 'cache-and-network' });
  const templates = data?.importTemplates ?? [];
  const [applied, setApplied] = useState('');
  const [name, setName] = useState('');

  const apply = async (id: string) => {
    setApplied(id);
    await onApply(id);
  };
  const save = async () => {
    await onSave(name.trim());
    setName('');
  };
  const remove = async () => {
    try {
      await apollo.mutate({
        mutation: DeleteImportTemplateMutation,
        variables: { id: applied },
        refetchQueries: [ImportTemplatesQuery],
      });
      setApplied('');
      notify('patron.imports.mapping.templateDeleted', { type: 'info' });
    } catch (error) {
      notifyRefusal(error);
    }
  };

  return (
    <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" data-testid="import-templates">
      <Stack direction="row" alignItems="center" gap={0.5}>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('patron.imports.mapping.template')}
          value={applied}
          disabled={busy || templates.length === 0}
          helperText={templates.length === 0 ? translate('patron.imports.mapping.noTemplates') : undefined}
          onChange={(e) => void apply(e.target.value)}
          sx={{ width: 320, maxWidth: '100%' }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'import-template' } as object } }}
        >
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id} data-testid={`import-template-option-${t.id}`}>
              <bdi>{t.name}</bdi>
            </MenuItem>
          ))}
        </TextField>
        {applied && (
          <Tooltip title={translate('patron.imports.mapping.deleteTemplate')}>
            {/* A disabled button fires no events; the span keeps the tooltip working. */}
            <span>
              <IconButton
                onClick={() => void remove()}
                disabled={busy}
                aria-label={translate('patron.imports.mapping.deleteTemplate')}
                data-testid="import-template-delete"
              >
                <DeleteOutline />
              </IconButton>
            </span>
          </Tooltip>
        )}
      </Stack>
      <Stack direction="row" alignItems="center" gap={1}>
        <TextField
          size="small"
          fullWidth={false}
          label={translate('patron.imports.mapping.templateName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'import-template-name', maxLength: 100 } }}
        />
        <Button
          startIcon={<Save />}
          disabled={busy || !name.trim()}
          onClick={() => void save()}
          data-testid="import-template-save"
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        >
          {translate('patron.imports.mapping.saveTemplate')}
        </Button>
      </Stack>
    </Stack>
  );
}
