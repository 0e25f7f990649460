import { useQuery } from '@apollo/client/react';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { Button, IconButton, List, ListItem, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocale, useResourceDefinition, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { localized } from '../i18n/localized';
import { CustomerLink } from './CustomerLink';
import { CustomerPickerDialog } from './CustomerPickerDialog';
import {
  AddCustomerRelationMutation,
  CustomerRelationsQuery,
  RelationTypesQuery,
  RemoveCustomerRelationMutation,
} from './documents';
import { relationChoices } from './relationChoices';

/** Typed links with other customers, each named for what the other is to this one; add and remove. */
export function RelationsPanel({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const refused = useNotifyRefusal();
  const { hasEdit } = useResourceDefinition();
  const mayEdit = hasEdit && !readOnly;
  const { data, refetch } = useQuery(CustomerRelationsQuery, {
    variables: { id: customerId },
    fetchPolicy: 'network-only',
  });
  const { data: types } = useQuery(RelationTypesQuery, { fetchPolicy: 'cache-first' });
  const choices = relationChoices(types?.relationTypes ?? [], locale);
  const [adding, setAdding] = useState(false);
  const [choice, setChoice] = useState('');
  const relations = data?.customer.relations ?? [];

  const remove = async (id: string) => {
    try {
      await apollo.mutate({ mutation: RemoveCustomerRelationMutation, variables: { id } });
      await refetch();
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Stack spacing={1} data-testid="customer-relations">
      <Typography variant="h6">{translate('patron.relations.links')}</Typography>
      {relations.length === 0 && (
        <Typography color="text.secondary" data-testid="relations-empty">
          {translate('patron.relations.none')}
        </Typography>
      )}
      <List dense disablePadding>
        {relations.map((r) => (
          <ListItem
            key={r.id}
            disableGutters
            data-testid="relation-row"
            secondaryAction={
              mayEdit && (
                <IconButton
                  edge="end"
                  aria-label={translate('patron.relations.remove')}
                  onClick={() => void remove(r.id)}
                  data-testid="relation-remove"
                >
                  <DeleteOutline />
                </IconButton>
              )
            }
          >
            <Typography component="span" sx={{ minWidth: 160, color: 'text.secondary' }}>
              {localized(r.label, locale, r.type.key)}
            </Typography>
            <CustomerLink customer={r.related} />
          </ListItem>
        ))}
      </List>
      {mayEdit && (
        <div>
          <Button variant="outlined" onClick={() => setAdding(true)} data-testid="relation-add">
            {translate('patron.relations.add')}
          </Button>
        </div>
      )}
      <CustomerPickerDialog
        open={adding}
        title="patron.relations.addTitle"
        submitLabel="patron.relations.addSubmit"
        customerLabel="patron.relations.customer"
        testId="relation"
        exclude={customerId}
        ready={Boolean(choice)}
        onClose={() => {
          setAdding(false);
          setChoice('');
        }}
        onSubmit={async (related) => {
          const picked = choices.find((c) => c.value === choice);
          if (!picked) return;
          await apollo.mutate({
            mutation: AddCustomerRelationMutation,
            variables: {
              input: {
                customerId,
                relatedCustomerId: related.id,
                typeKey: picked.typeKey,
                inverse: picked.inverse,
              },
            },
          });
          await refetch();
        }}
      >
        <TextField
          select
          label={translate('patron.relations.type')}
          helperText={translate('patron.relations.typeHelp')}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          slotProps={{ select: { 'data-testid': 'relation-type' } as object }}
        >
          {choices.map((c) => (
            <MenuItem key={c.value} value={c.value} data-testid={`relation-type-${c.value}`}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
      </CustomerPickerDialog>
    </Stack>
  );
}
