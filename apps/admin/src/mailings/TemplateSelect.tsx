import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { required, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { MessageTemplatesQuery } from '../templates/documents';

/** The mailing's template: the workspace's templates written for the chosen channel. */
export function TemplateSelect() {
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const { data, loading } = useQuery(MessageTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const choices = useMemo(
    () =>
      (data?.messageTemplates ?? [])
        .filter((t) => !channel || t.channel.toUpperCase() === channel)
        .map((t) => ({ id: t.id, name: t.name })),
    [data, channel],
  );
  return (
    <SelectInput
      source="templateId"
      label="patron.mailings.templateId"
      helperText="patron.mailings.templateHint"
      choices={choices}
      isPending={loading && !data}
      validate={required()}
      sx={{ maxWidth: 480 }}
      fullWidth
    />
  );
}
