export type AttributeValues = Record<string, unknown>;

/** A customer as services hand it out: plain data, not an ORM entity. */
export interface CustomerSnapshot {
  id: string;
  workspaceId: string;
  status: 'ACTIVE' | 'INACTIVE' | 'ERASED';
  attributes: AttributeValues;
  createdAt: Date;
  updatedAt: Date;
}

export interface ValueCount {
  value: string;
  count: number;
}
