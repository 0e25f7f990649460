import { Chip, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TagChip } from '../../tags/TagChip';

/** How many tag chips a row shows before "+N": rows stay one line high however many tags there are. */
export const TAGS_SHOWN = 2;

/** A customer's tags on one line: the first few as chips (long names cut), the rest as "+N" with their names on hover. */
export function TagsCell({ tags }: { tags: { id: string; name: string; color: string }[] }) {
  const translate = useTranslate();
  const shown = tags.slice(0, TAGS_SHOWN);
  const rest = tags.slice(TAGS_SHOWN);
  return (
    <Stack direction="row" gap={0.5} flexWrap="nowrap" sx={{ overflow: 'hidden' }} data-testid="tags-cell">
      {shown.map((t) => (
        <TagChip key={t.id} name={t.name} color={t.color} title={t.name} sx={{ maxWidth: 110 }} />
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((t) => t.name).join(translate('patron.comma'))}>
          <Chip
            size="small"
            variant="outlined"
            label={translate('patron.columns.moreTags', { count: rest.length })}
            data-testid="tags-more"
          />
        </Tooltip>
      )}
    </Stack>
  );
}
