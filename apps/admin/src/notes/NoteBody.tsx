import { Box, Link } from '@mui/material';
import { noteSegments } from './noteSegments';

/**
 * A note's text, rendered safely: React text nodes (never HTML) with the line breaks kept by CSS,
 * mentions in bold and http(s) addresses as links that open in a new tab without handing it this
 * window (noopener) or this address (noreferrer).
 */
export function NoteBody({ body }: { body: string }) {
  return (
    <Box
      component="div"
      dir="auto"
      data-testid="note-body"
      sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', typography: 'body2' }}
    >
      {noteSegments(body).map((s, i) => {
        const key = `${i}-${s.kind}`;
        if (s.kind === 'mention')
          return (
            <Box
              key={key}
              component="span"
              data-testid="note-mention"
              sx={{ fontWeight: 600, color: 'primary.main' }}
            >
              @{s.name}
            </Box>
          );
        if (s.kind === 'link')
          return (
            <Link key={key} href={s.href} target="_blank" rel="noopener noreferrer" dir="ltr">
              {s.href}
            </Link>
          );
        return <span key={key}>{s.text}</span>;
      })}
    </Box>
  );
}
