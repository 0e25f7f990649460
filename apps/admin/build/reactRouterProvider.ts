// Stands in for react-admin's `ra-core/dist/routing/adapters/reactRouterProvider.js` in the build
// (vite.config.ts): react-admin imports its default router even when <Admin routerProvider> replaces
// it, and that default bundles react-router's data router.
export { hashRouterProvider as reactRouterProvider } from '../src/routing/hashRouterProvider';
