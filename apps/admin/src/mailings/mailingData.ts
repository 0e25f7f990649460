import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import { CreateMailingMutation, MailingQuery, MailingsQuery, UpdateMailingMutation } from './documents';
import { type MailingFormValues, toFormValues, toMailingInput } from './mailingForm';

/** Mailings as a react-admin resource: newest first, a page at a time by offset. */
export const mailings = {
  async getList(params: GetListParams) {
    const perPage = params.pagination?.perPage ?? 25;
    const page = params.pagination?.page ?? 1;
    const { data } = await apollo.query({
      query: MailingsQuery,
      variables: { first: perPage, offset: (page - 1) * perPage },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.mailings.nodes.map(toFormValues), total: data.mailings.totalCount };
  },

  async getOne(id: string) {
    const { data } = await apollo.query({
      query: MailingQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.item_doesnt_exist');
    return { data: toFormValues(data.mailing) };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateMailingMutation,
      variables: { input: toMailingInput(data as unknown as MailingFormValues) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    return { data: toFormValues(result.createMailing) };
  },

  async update(id: string, data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateMailingMutation,
      variables: { id, input: toMailingInput(data as unknown as MailingFormValues) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    return { data: toFormValues(result.updateMailing) };
  },
};
