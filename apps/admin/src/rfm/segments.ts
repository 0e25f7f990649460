import { RfmSegment } from '../gql/graphql';

type Tone = 'success' | 'info' | 'warning' | 'error' | 'default';

/** How a segment is coloured: good, promising, slipping, or gone. */
const TONES: Record<RfmSegment, Tone> = {
  CHAMPIONS: 'success',
  LOYAL_CUSTOMERS: 'success',
  POTENTIAL_LOYALIST: 'info',
  NEW_CUSTOMERS: 'info',
  PROMISING: 'info',
  NEED_ATTENTION: 'warning',
  ABOUT_TO_SLEEP: 'warning',
  AT_RISK: 'warning',
  CANT_LOSE_THEM: 'warning',
  HIBERNATING: 'error',
  LOST: 'error',
};

const isRfmSegment = (segment: string): segment is RfmSegment =>
  (Object.values(RfmSegment) as string[]).includes(segment);

export function segmentTone(segment: string | null | undefined): Tone {
  return segment && isRfmSegment(segment) ? TONES[segment] : 'default';
}

/** The message key of a segment's name; a segment this SPA does not know yet is shown by its code. */
export function segmentKey(segment: string | null | undefined): string {
  if (!segment) return 'patron.rfm.noSegment';
  return isRfmSegment(segment) ? `patron.rfm.segments.${segment}` : segment;
}
