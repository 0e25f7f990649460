/** The server's RFM segments (RfmSegment), best first, as the card and its history name them. */
export const RFM_SEGMENTS = [
  'CHAMPIONS',
  'LOYAL_CUSTOMERS',
  'POTENTIAL_LOYALIST',
  'NEW_CUSTOMERS',
  'PROMISING',
  'NEED_ATTENTION',
  'ABOUT_TO_SLEEP',
  'AT_RISK',
  'CANT_LOSE_THEM',
  'HIBERNATING',
  'LOST',
] as const;

export type RfmSegmentKey = (typeof RFM_SEGMENTS)[number];

type Tone = 'success' | 'info' | 'warning' | 'error' | 'default';

/** How a segment is coloured: good, promising, slipping, or gone. */
export function segmentTone(segment: string | null | undefined): Tone {
  switch (segment) {
    case 'CHAMPIONS':
    case 'LOYAL_CUSTOMERS':
      return 'success';
    case 'POTENTIAL_LOYALIST':
    case 'NEW_CUSTOMERS':
    case 'PROMISING':
      return 'info';
    case 'NEED_ATTENTION':
    case 'ABOUT_TO_SLEEP':
    case 'AT_RISK':
    case 'CANT_LOSE_THEM':
      return 'warning';
    case 'HIBERNATING':
    case 'LOST':
      return 'error';
    default:
      return 'default';
  }
}

/** The message key of a segment's name; a segment this SPA does not know yet is shown by its code. */
export function segmentKey(segment: string | null | undefined): string {
  if (!segment) return 'patron.rfm.noSegment';
  return (RFM_SEGMENTS as readonly string[]).includes(segment) ? `patron.rfm.segments.${segment}` : segment;
}
