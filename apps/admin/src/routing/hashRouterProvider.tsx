import { useCallback, useEffect, useRef } from 'react';
import type { RouterBlocker, RouterProvider } from 'react-admin';
import {
  HashRouter,
  Link,
  matchPath,
  Navigate,
  Outlet,
  Route,
  Routes,
  useInRouterContext,
  useLocation,
  useMatch,
  useParams,
  useNavigate as useRouterNavigate,
} from 'react-router-dom';

/**
 * react-admin's router on react-router's plain HashRouter. react-admin's default builds a data router
 * (`createHashRouter`), whose loaders, actions, fetchers and revalidation weigh ~10 KB gzip in the
 * first screen and serve one thing: blocking navigation away from an unsaved form
 * (`warnWhenUnsavedChanges`), which no Patron form asks for. The same URLs (`#/customers`…).
 * The build swaps react-admin's default for this (vite.config.ts) so the data router is not bundled.
 */
const unblocked: RouterBlocker = {
  state: 'unblocked',
  reset: undefined,
  proceed: undefined,
  location: undefined,
};

/** A stable navigate function, as react-admin's default gives (react-router's changes on every navigation). */
function useNavigate() {
  const navigate = useRouterNavigate();
  const latest = useRef(navigate);
  useEffect(() => {
    latest.current = navigate;
  }, [navigate]);
  return useCallback((...args: Parameters<typeof navigate>) => latest.current(...args), []) as ReturnType<
    RouterProvider['useNavigate']
  >;
}

function RouterWrapper({ basename, children }: { basename?: string; children: React.ReactNode }) {
  if (useInRouterContext()) return <>{children}</>;
  return <HashRouter basename={basename}>{children}</HashRouter>;
}

export const hashRouterProvider: RouterProvider = {
  useNavigate,
  useLocation,
  useParams: useParams as RouterProvider['useParams'],
  useBlocker: () => unblocked,
  useMatch: useMatch as RouterProvider['useMatch'],
  useInRouterContext,
  useCanBlock: () => false,
  Link: Link as RouterProvider['Link'],
  Navigate: Navigate as RouterProvider['Navigate'],
  Route: Route as RouterProvider['Route'],
  Routes: Routes as RouterProvider['Routes'],
  Outlet,
  RouterWrapper,
  matchPath: matchPath as RouterProvider['matchPath'],
};
