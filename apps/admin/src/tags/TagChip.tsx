import { Chip, type ChipProps } from '@mui/material';

/** Readable text on any tag colour: dark on light colours, white on dark ones. */
export function textOn(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return '#000';
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.299 * r + 0.587 * g + 0.114 * b > 0.6 ? '#1a1a1a' : '#fff';
}

/** A tag in its own colour. */
export function TagChip({
  name,
  color,
  ...rest
}: { name: string; color: string } & Omit<ChipProps, 'label' | 'color'>) {
  return (
    <Chip
      size="small"
      label={name}
      data-testid="tag-chip"
      {...rest}
      sx={{
        bgcolor: color,
        color: textOn(color),
        '& .MuiChip-deleteIcon': { color: textOn(color) },
        ...rest.sx,
      }}
    />
  );
}
