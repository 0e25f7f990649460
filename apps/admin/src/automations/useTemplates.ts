import { useQuery } from '@apollo/client/react';
import { usePermissions } from 'react-admin';
import { MessageTemplatesQuery } from '../templates/documents';

/** The channels a message can go by even before any template is written for them. */
const BUILT_IN_CHANNELS = ['EMAIL', 'SMS', 'TELEGRAM', 'PUSH'];

/**
 * The workspace's message templates for the send-a-message action, for those who may read them
 * (`templates.manage`: managers; analysts see the names kept on the runs instead), and the channels
 * to choose from: the built-in ones and any other a template is written for.
 */
export function useTemplates() {
  const { permissions } = usePermissions<string[]>();
  const { data } = useQuery(MessageTemplatesQuery, {
    fetchPolicy: 'cache-first',
    skip: !permissions?.includes('templates.manage'),
  });
  const templates = data?.messageTemplates ?? [];
  const channels = [...new Set([...BUILT_IN_CHANNELS, ...templates.map((t) => t.channel)])];
  return { templates, channels };
}
