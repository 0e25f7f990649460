import { Box, Card, LinearProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { Offline, Title, useListContext, useTranslate } from 'react-admin';

/**
 * The customer list's page around its table: react-admin's `<List>` layout (title, toolbar of actions,
 * the table's card, pagination, aside; the same `RaList-*` classes) without its defaults. `<List>`
 * statically brings the filter form and its saved-query dialogs, the default actions, pagination and
 * empty page into the first screen, and with the filter form react-hook-form, none of which this list
 * shows (its filter builder and cursor pagination are its own).
 */
export function ListFrame({
  actions,
  aside,
  pagination,
  children,
  sx,
}: {
  actions: ReactNode;
  aside?: ReactNode;
  pagination: ReactNode;
  children: ReactNode;
  sx?: object;
}) {
  const { defaultTitle, resource, isPaused, isPending, isPlaceholderData } = useListContext();
  const offline = isPaused && (isPending || isPlaceholderData);
  return (
    <Box
      className="list-page RaList-root"
      sx={{
        display: 'flex',
        '& .RaList-main': { flex: '1 1 auto', display: 'flex', flexDirection: 'column' },
        '& .RaList-content': {
          position: 'relative',
          overflow: 'inherit',
          boxShadow: { xs: 'none', sm: undefined },
        },
        ...sx,
      }}
    >
      <Title defaultTitle={defaultTitle} preferenceKey={`${resource}.list.title`} />
      <div className="RaList-main">
        <Box
          className="RaList-actions RaListToolbar-root"
          sx={{
            display: 'flex',
            position: 'relative',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            width: '100%',
            flexWrap: { xs: 'inherit', sm: 'wrap', md: 'nowrap' },
            flexDirection: { xs: 'column-reverse', sm: 'row' },
            bgcolor: { xs: 'background.paper', sm: 'transparent' },
          }}
        >
          <span />
          {actions}
        </Box>
        <Card className="RaList-content">{offline ? <Offline /> : children}</Card>
        {pagination}
      </div>
      {aside}
    </Box>
  );
}

/** What the list shows while its columns or its first page are on their way. */
export function ListOpening() {
  const translate = useTranslate();
  return <LinearProgress aria-label={translate('ra.page.loading')} data-testid="list-opening" />;
}

/**
 * The page is drawn with its first rows, in one render: drawn before, every part of it (toolbar,
 * chips, sidebar, an empty table) would be drawn again when they come. Later pages keep the page.
 */
export function WhenFirstPageCame({ children }: { children: ReactNode }) {
  const { isPending, defaultTitle, resource } = useListContext();
  if (!isPending) return children;
  return (
    <>
      <Title defaultTitle={defaultTitle} preferenceKey={`${resource}.list.title`} />
      <ListOpening />
    </>
  );
}
