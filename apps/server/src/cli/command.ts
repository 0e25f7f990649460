/** Bad input on the command line: `patron` prints the message as one line and exits with code 2. */
export class UsageError extends Error {}

/** A subcommand of `pnpm patron`, in its own module under src/cli. */
export interface Command {
  /** One line for `pnpm patron --help`. */
  summary: string;
  /** Throws UsageError for bad input; any other error exits with code 1. */
  run(args: string[]): Promise<void>;
}
