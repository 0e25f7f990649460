import PushPin from '@mui/icons-material/PushPin';
import { Badge, Box, Button, ButtonBase, Collapse, Divider, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import type { MyNewsQuery as MyNews } from '../gql/graphql';
import { Locale } from '../gql/graphql';
import { MarkMyNewsReadMutation, MyNewsQuery } from './accountDocuments';
import { call } from './api';
import { usePages } from './usePages';
import { useWords } from './WordsContext';

type Item = MyNews['myNews']['edges'][number]['node'];

const PAGE = 5;
const LOCALE = { en: Locale.EN, ru: Locale.RU, fa: Locale.FA } as const;

/** The club's news for the customer, in the page's language: opening one shows its text and marks it read. */
export function News() {
  const words = useWords();
  const [unread, setUnread] = useState<number | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [readNow, setReadNow] = useState<Set<string>>(new Set());
  const read = useCallback(
    async (after: string | null) => {
      const data = await call(MyNewsQuery, { first: PAGE, after, language: LOCALE[words.locale] });
      setUnread(data.myUnreadNewsCount);
      return data.myNews;
    },
    [words.locale],
  );
  const { items, busy, failure, hasMore, more } = usePages(read);
  const toggle = (item: Item) => {
    setOpen((before) => {
      const next = new Set(before);
      if (!next.delete(item.id)) next.add(item.id);
      return next;
    });
    if (item.read || readNow.has(item.id)) return;
    setReadNow((before) => new Set(before).add(item.id));
    setUnread((count) => (count ? count - 1 : count));
    void call(MarkMyNewsReadMutation, { id: item.id }).catch(() => undefined);
  };
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-news">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography component="h2" variant="h6">
          {words.t('news.title')}
        </Typography>
        {unread ? (
          <Badge
            color="error"
            badgeContent={words.amount(unread, 0)}
            aria-label={words.t('news.unread', { count: words.amount(unread, 0) })}
            data-testid="ss-news-unread"
            sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
          />
        ) : null}
      </Box>
      {items?.length === 0 && <Typography color="text.secondary">{words.t('news.none')}</Typography>}
      {failure ? (
        <Typography color="error" role="alert" data-testid="ss-news-failed">
          {words.problem(failure)}
        </Typography>
      ) : null}
      <Stack divider={<Divider flexItem />} spacing={1}>
        {items?.map((item) => {
          const isNew = !item.read && !readNow.has(item.id);
          const shown = open.has(item.id);
          return (
            <Box key={item.id} data-testid="ss-news-item" data-read={String(!isNew)}>
              <ButtonBase
                onClick={() => toggle(item)}
                aria-expanded={shown}
                sx={{ display: 'block', width: '100%', textAlign: 'start', py: 0.5, borderRadius: 1 }}
                data-testid="ss-news-open"
              >
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  {isNew && (
                    <Box
                      component="span"
                      aria-label={words.t('news.new')}
                      sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'error.main', flexShrink: 0 }}
                      data-testid="ss-news-new"
                    />
                  )}
                  <Typography
                    lang={item.language.toLowerCase()}
                    dir="auto"
                    sx={{ fontWeight: isNew ? 700 : 500, flexGrow: 1, overflowWrap: 'anywhere' }}
                  >
                    {item.title}
                  </Typography>
                  {item.pinned && (
                    <PushPin fontSize="small" color="action" aria-label={words.t('news.pinned')} />
                  )}
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {words.date(item.publishedAt)}
                </Typography>
              </ButtonBase>
              <Collapse in={shown} unmountOnExit>
                <Typography
                  lang={item.language.toLowerCase()}
                  dir="auto"
                  variant="body2"
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', pt: 1 }}
                  data-testid="ss-news-body"
                >
                  {item.body}
                </Typography>
              </Collapse>
            </Box>
          );
        })}
      </Stack>
      {hasMore && (
        <Button sx={{ mt: 1 }} disabled={busy} onClick={() => void more()} data-testid="ss-news-more">
          {words.t(failure ? 'retry' : 'account.more')}
        </Button>
      )}
    </Paper>
  );
}
