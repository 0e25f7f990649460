import Newspaper from '@mui/icons-material/Newspaper';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The News screen: posts for customers' self-service pages, written in three languages. */
export const newsPostsResource: AdminResource = {
  name: 'newsPosts',
  icon: Newspaper,
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
