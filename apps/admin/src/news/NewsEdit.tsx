import { Edit, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { NewsPostFieldsFragment } from '../gql/graphql';
import { NewsForm } from './NewsForm';
import { newsTitle } from './newsTitle';

function NewsEditTitle() {
  const post = useRecordContext<NewsPostFieldsFragment & { id: string }>();
  const locale = useLocale();
  const translate = useTranslate();
  if (!post) return null;
  return (
    <>
      {translate('ra.page.edit', {
        name: translate('resources.newsPosts.name', { smart_count: 1 }),
        recordRepresentation: newsTitle(post.title, locale),
      })}
    </>
  );
}

// Pessimistic: a refusal (an expiry before publication) shows on the form, not after the list.
export function NewsEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic" title={<NewsEditTitle />}>
      <NewsForm />
    </Edit>
  );
}
