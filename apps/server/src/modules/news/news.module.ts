import { defineModule } from '@patron/sdk';
import { Migration20261207140000_news } from './Migration20261207140000_news.js';
import { MyNewsResolver } from './my-news.resolver.js';
import { NewsResolver } from './news.resolver.js';
import { NEWS_AUDIT_TYPES, NewsService } from './news.service.js';
import { NewsFeed } from './news-feed.js';
import { newsPermissions } from './news-permissions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** News posts as staff write them. */
    news: NewsService;
    /** The news a signed-in customer reads, and what they have opened. */
    newsFeed: NewsFeed;
  }
}

/** News for customers' self-service pages (catalogue A4), optionally for a segment's members only. */
export const newsModule = defineModule({
  name: 'news',
  auditEventTypes: NEWS_AUDIT_TYPES,
  needs: ['sql', 'segments', 'customerSearch', 'audit', 'erasure', 'log'],
  services: {
    news: ({ sql, segments, audit }) => new NewsService(sql, segments, audit),
    newsFeed: ({ sql, customerSearch, log }) => new NewsFeed(sql, customerSearch, log),
  },
  resolvers: [NewsResolver, MyNewsResolver],
  permissions: newsPermissions,
  migrations: [{ name: 'Migration20261207140000_news', class: Migration20261207140000_news }],
  // What a customer has opened is theirs: an erased customer keeps no read marks.
  onStart: async ({ erasure }) => {
    erasure.onErase('news', async (run, workspaceId, customerIds) => {
      await run('delete from news_read where workspace_id = ? and customer_id = any(?::uuid[])', [
        workspaceId,
        customerIds,
      ]);
    });
  },
});
