import { apollo } from '../apollo';
import { toHttpError } from '../data-provider/httpError';
import {
  CreateMessageTemplateMutation,
  DeleteMessageTemplateMutation,
  MessageTemplateQuery,
  MessageTemplatesQuery,
  UpdateMessageTemplateMutation,
} from './documents';
import { inputNameOf, type TemplateFormValues, toFormValues, toInput } from './templateValues';

async function send<T>(
  values: TemplateFormValues,
  call: (input: ReturnType<typeof toInput>['input']) => Promise<T>,
) {
  const { input, languages } = toInput(values);
  try {
    return await call(input);
  } catch (error) {
    // Each refusal under its input: the name, the channel, or a language tab's part.
    throw toHttpError(error, undefined, inputNameOf(languages));
  }
}

/** Message templates as a react-admin resource: a workspace keeps few, so the list is one request. */
export const messageTemplates = {
  async getList() {
    const { data } = await apollo.query({ query: MessageTemplatesQuery, fetchPolicy: 'network-only' });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.messageTemplates, total: data.messageTemplates.length };
  },

  async getOne(id: string) {
    const { data } = await apollo.query({
      query: MessageTemplateQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: toFormValues(data.messageTemplate) };
  },

  create(data: Record<string, unknown>) {
    return send(data as TemplateFormValues, async (input) => {
      const { data: result } = await apollo.mutate({
        mutation: CreateMessageTemplateMutation,
        variables: { input },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: toFormValues(result.createMessageTemplate) };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return send(data as TemplateFormValues, async (input) => {
      const { data: result } = await apollo.mutate({
        mutation: UpdateMessageTemplateMutation,
        variables: { id, input },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: toFormValues(result.updateMessageTemplate) };
    });
  },

  async delete(id: string) {
    await apollo.mutate({ mutation: DeleteMessageTemplateMutation, variables: { id } });
    return { data: { id } };
  },
};
