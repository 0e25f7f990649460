import Campaign from '@mui/icons-material/Campaign';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The News screen: posts for customers' self-service pages, written in three languages. */
export const newsPostsResource: AdminResource = {
  name: 'newsPosts',
  icon: Campaign,
  list: {
    component: lazyScreen(
      () => import('./NewsList'),
      (m) => m.NewsList,
    ),
    permission: 'news.read',
  },
  create: {
    component: lazyScreen(
      () => import('./NewsCreate'),
      (m) => m.NewsCreate,
    ),
    permission: 'news.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./NewsEdit'),
      (m) => m.NewsEdit,
    ),
    permission: 'news.manage',
  },
  recordRepresentation: 'title.en',
};
