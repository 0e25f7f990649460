/** How long a session lives: unused for `idleHours` it ends; `maxDays` after sign-in it ends anyway. */
export interface SessionPolicy {
  idleHours: number;
  maxDays: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleHours: 12, maxDays: 30 };
