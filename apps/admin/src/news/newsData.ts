import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import type { NewsPostFieldsFragment, NewsStatus } from '../gql/graphql';
import {
  CreateNewsPostMutation,
  DeleteNewsPostMutation,
  NewsPostQuery,
  NewsPostsQuery,
  UpdateNewsPostMutation,
} from './documents';

const LANGUAGES = ['en', 'ru', 'fa'] as const;

const text = (value: unknown) => String(value ?? '').trim() || null;
const texts = (value: unknown) => {
  const byLanguage = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(LANGUAGES.map((l) => [l, text(byLanguage[l])]));
};

/** The form's values as the API's input: a draft is a switch, an empty date is "now" or "never". */
const input = (data: Record<string, unknown>) => ({
  title: texts(data.title),
  body: texts(data.body),
  segmentId: text(data.segmentId),
  publishAt: text(data.publishAt),
  expiresAt: text(data.expiresAt),
  pinned: Boolean(data.pinned),
  draft: Boolean(data.draft),
});

/** A post as the form edits it: drafts carry their switch on. */
const record = (post: NewsPostFieldsFragment) => ({ ...post, draft: post.status === 'DRAFT' });

/** News posts as a react-admin resource, a page at a time, filtered by status. */
export const newsPosts = {
  async getList(params: GetListParams) {
    const perPage = params.pagination?.perPage ?? 25;
    const page = params.pagination?.page ?? 1;
    const { data } = await apollo.query({
      query: NewsPostsQuery,
      variables: {
        status: (params.filter?.status as NewsStatus | undefined) || null,
        first: perPage,
        offset: (page - 1) * perPage,
      },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.newsPosts.items.map(record), total: data.newsPosts.totalCount };
  },

  async getOne(id: string) {
    const { data } = await apollo.query({
      query: NewsPostQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.item_doesnt_exist');
    return { data: record(data.newsPost) };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateNewsPostMutation,
      variables: { input: input(data) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    return { data: record(result.createNewsPost) };
  },

  async update(id: string, data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateNewsPostMutation,
      variables: { id, input: input(data) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    return { data: record(result.updateNewsPost) };
  },

  async delete(id: string) {
    await apollo.mutate({ mutation: DeleteNewsPostMutation, variables: { id } });
    return { data: { id } };
  },
};
