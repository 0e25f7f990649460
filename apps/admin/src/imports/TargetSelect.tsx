import { ListSubheader, MenuItem, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { type ImportTarget, targetGroups, targetLabel } from './importTargets';

interface Props {
  column: number;
  header: string;
  value: string | null;
  targets: readonly ImportTarget[];
  /** Targets another column has: shown, not offered (each target takes one column). */
  taken: ReadonlySet<string>;
  /** A group's name in the UI language (attribute groups are the card's tabs). */
  groupName(group: string): string;
  onChange(target: string | null): void;
}

const SKIP = '';

/** Where one column of the file goes: an attribute, a balance, a purchase field… or nowhere. */
export function TargetSelect({ column, header, value, targets, taken, groupName, onChange }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const items: ReactNode[] = [
    <MenuItem key={SKIP} value={SKIP} data-testid="import-target-option-skip">
      <em>{translate('patron.imports.mapping.skip')}</em>
    </MenuItem>,
  ];
  for (const { group, members } of targetGroups(targets)) {
    if (group) items.push(<ListSubheader key={`group-${group}`}>{groupName(group)}</ListSubheader>);
    for (const t of members)
      items.push(
        <MenuItem
          key={t.key}
          value={t.key}
          disabled={taken.has(t.key)}
          data-testid={`import-target-option-${t.key}`}
        >
          <bdi>{targetLabel(t, locale)}</bdi>
        </MenuItem>,
      );
  }
  // A target the list no longer has (an attribute retired since the template was saved) still shows.
  if (value && !targets.some((t) => t.key === value))
    items.push(
      <MenuItem key={value} value={value}>
        {value}
      </MenuItem>,
    );
  return (
    <TextField
      select
      size="small"
      fullWidth
      value={value ?? SKIP}
      onChange={(e) => onChange(e.target.value === SKIP ? null : e.target.value)}
      slotProps={{
        htmlInput: { 'aria-label': translate('patron.imports.mapping.targetOf', { header }) },
        select: {
          SelectDisplayProps: {
            'data-testid': `import-target-${column}`,
            'aria-label': translate('patron.imports.mapping.targetOf', { header }),
          } as object,
        },
      }}
    >
      {items}
    </TextField>
  );
}
