import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';
import { RFM_SEGMENT_TABLE } from './rfm-segments.js';

/** The GraphQL enum of the 11 segments, built from the one table in rfm-segments.ts. */
export const RfmSegmentEnum = Object.fromEntries(RFM_SEGMENT_TABLE.map((s) => [s.segment, s.segment])) as {
  [K in (typeof RFM_SEGMENT_TABLE)[number]['segment']]: K;
};
registerEnumType(RfmSegmentEnum, {
  name: 'RfmSegment',
  description: `Named RFM segments from the R and F scores ("R F" cells, M breaks no ties): ${RFM_SEGMENT_TABLE.map(
    (s) => `${s.segment} ${s.cells.join(' ')}`,
  ).join('; ')}.`,
});
type RfmSegmentValue = (typeof RFM_SEGMENT_TABLE)[number]['segment'];

@ObjectType('RfmSegmentChange')
export class RfmSegmentChangeType {
  @Field(() => RfmSegmentEnum, {
    nullable: true,
    description:
      'The segment entered; null when the customer lost every purchase (returned) and with it the score.',
  })
  segment!: RfmSegmentValue | null;
  @Field({ description: 'When the customer entered it.' }) from!: Date;
}

@ObjectType('Rfm')
export class RfmType {
  /** The customer, for `history`. */
  customerId!: string;
  @Field(() => Int, { description: 'Whole days since the last purchase, in the workspace time zone.' })
  recencyDays!: number;
  @Field(() => Int, { description: 'Purchases not fully returned.' }) frequency!: number;
  @Field(() => Float, { description: 'Purchases net of returns, in money.' }) monetary!: number;
  @Field(() => Int, { description: 'Recency score 1–5 (5: most recent fifth of buyers).' }) r!: number;
  @Field(() => Int, { description: 'Frequency score 1–5.' }) f!: number;
  @Field(() => Int, { description: 'Monetary score 1–5.' }) m!: number;
  @Field(() => RfmSegmentEnum) segment!: RfmSegmentValue;
  @Field({ description: 'When the customer entered this segment.' }) since!: Date;
  @Field({ description: 'When these figures were last confirmed by a recomputation.' }) computedAt!: Date;
}

@ObjectType('RfmSegmentCount')
export class RfmSegmentCountType {
  @Field(() => RfmSegmentEnum) segment!: RfmSegmentValue;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => Int) customers!: number;
}

@ObjectType('RfmRecomputation')
export class RfmRecomputationType {
  @Field(() => Int, { description: 'Customers with purchases, each scored.' }) customersScored!: number;
  @Field(() => Int, { description: 'Customers whose segment changed (each with a history row).' })
  segmentsChanged!: number;
  @Field(() => Int) durationMs!: number;
}

@ObjectType('RfmMove')
export class RfmMoveType {
  @Field(() => RfmSegmentEnum, {
    nullable: true,
    description: 'The segment before; null: not scored before.',
  })
  from!: RfmSegmentValue | null;
  @Field(() => RfmSegmentEnum, {
    nullable: true,
    description: 'The segment after; null: no longer scored (every purchase returned).',
  })
  to!: RfmSegmentValue | null;
  @Field(() => Int) customers!: number;
}

@ObjectType('RfmMovement')
export class RfmMovementType {
  @Field(() => Date, { nullable: true, description: 'The last recomputation; null before the first.' })
  computedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The one before it; null before the second.' })
  previousComputedAt!: Date | null;
  @Field(() => [RfmMoveType], {
    description:
      'Customers whose segment the last recomputation changed, per (from, to) pair, largest first.',
  })
  moves!: RfmMoveType[];
}
