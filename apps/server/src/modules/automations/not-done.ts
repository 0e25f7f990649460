/**
 * An action that was not done and is not to be tried again: SKIPPED (it does not apply to this
 * customer now: no consent, no address, a template variable without a value; the run goes on) or
 * FAILED (a refusal that trying again cannot mend, such as an address the provider rejects; the run
 * stops and is not retried). A failure worth retrying is a throw instead.
 */
export class NotDone {
  private constructor(
    readonly state: 'SKIPPED' | 'FAILED',
    readonly code: string,
    readonly detail: Record<string, unknown>,
  ) {}
  static skipped(code: string, detail: Record<string, unknown> = {}): NotDone {
    return new NotDone('SKIPPED', code, detail);
  }
  static failed(code: string, detail: Record<string, unknown> = {}): NotDone {
    return new NotDone('FAILED', code, detail);
  }
}

/**
 * An action that may not happen yet (a message within the workspace's quiet hours): the run stops
 * here, stays PENDING and is taken up again at `at`, without counting as a failed attempt.
 */
export class NotYet {
  constructor(readonly at: Date) {}
}
