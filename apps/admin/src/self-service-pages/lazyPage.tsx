import { Alert, Button } from '@mui/material';
import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { useWords } from './WordsContext';

/** A page's code that could not be fetched: the connection is lost. */
class PageNotFetched extends Error {}

/** Shows `failed` instead of a page whose code could not be fetched; any other error goes on up. */
class FetchBoundary extends Component<{ children: ReactNode; failed: ReactNode }, { error?: unknown }> {
  state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (!('error' in this.state)) return this.props.children;
    if (!(this.state.error instanceof PageNotFetched)) throw this.state.error;
    return this.props.failed;
  }
}

function FetchedPage<P extends object>({
  Page,
  props,
}: {
  Page: LazyExoticComponent<ComponentType<P>>;
  props: P;
}) {
  const words = useWords();
  // The browser keeps a failed import for the page's life: trying again is loading the page again,
  // which comes back where the customer was (the session, the link and the hash are kept).
  const failed = (
    <Alert
      severity="error"
      data-testid="ss-page-offline"
      action={
        <Button
          color="inherit"
          size="small"
          sx={{ whiteSpace: 'nowrap' }}
          onClick={() => window.location.reload()}
          data-testid="ss-page-retry"
        >
          {words.t('retry')}
        </Button>
      }
    >
      {words.t('offline')}
    </Alert>
  );
  return (
    <FetchBoundary failed={failed}>
      <Suspense fallback={null}>
        <Page {...props} />
      </Suspense>
    </FetchBoundary>
  );
}

export type LazyPage<P> = ComponentType<P> & {
  /** Starts fetching the page's code before it is shown (a failure is said when it is shown). */
  preload(): void;
};

/**
 * A page whose code is fetched when it is first shown, so the sign-in screen downloads only what it
 * draws. Nothing shows while it comes; offline, the customer reads so and can try again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let fetching: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchPage = () => {
    fetching ??= load().then(
      (page) => ({ default: page }),
      (cause: unknown) => {
        throw new PageNotFetched(String(cause));
      },
    );
    return fetching;
  };
  const Page = lazy(fetchPage);
  const shown = (props: P) => <FetchedPage Page={Page} props={props} />;
  return Object.assign(shown, { preload: () => void fetchPage().catch(() => undefined) });
}
