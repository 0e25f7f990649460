import 'reflect-metadata';
import { ConfigError } from '../config/config.js';
import { type Command, UsageError } from './command.js';

/**
 * `pnpm patron <command> [options]`: Patron's command-line tools. Each command lives in its own module,
 * loaded only when asked for. Exit codes: 0 done, 1 failed, 2 bad input (one line naming the option).
 */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  backup: () => import('./backup.js'),
  'channels:vapid-keys': () => import('./channels-vapid-keys.js'),
  'db:migrate': () => import('./db-migrate.js'),
  restore: () => import('./restore.js'),
  'workspace:create': () => import('./workspace-create.js'),
};

async function usage(): Promise<string> {
  const lines = ['usage: pnpm patron <command> [options]   (<command> --help for its options)', ''];
  for (const [name, load] of Object.entries(COMMANDS)) {
    lines.push(`  ${name.padEnd(18)} ${(await load()).default.summary}`);
  }
  return lines.join('\n');
}

/** The message of an error, or of the errors inside it (a refused connection has none of its own). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  if (error instanceof AggregateError) return error.errors.map(describe).join('; ');
  return String(error);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage());
    return 0;
  }
  const load = name === undefined ? undefined : COMMANDS[name];
  if (!load) {
    console.error(name === undefined ? 'patron: name a command' : `patron: unknown command "${name}"`);
    console.error(await usage());
    return 2;
  }
  try {
    await (await load()).default.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`patron ${name}: ${error.message}`);
      return 2;
    }
    console.error(error instanceof ConfigError ? error.message : `patron ${name}: ${describe(error)}`);
    return 1;
  }
}

// Exits explicitly: a pool or timer left behind by a failure must not keep the process alive.
process.exit(await main(process.argv.slice(2)));
