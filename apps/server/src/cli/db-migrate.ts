import { parseArgs } from 'node:util';
import { type Command, UsageError } from './command.js';
import { openPatron, readConfig } from './open-patron.js';

const HELP = `usage: pnpm patron db:migrate   (also: pnpm db:migrate)

Applies the committed migrations and changed database functions to the PostgreSQL in DATABASE_URL
and exits. The embedded
database needs no such step: it is migrated on every start, as is DATABASE_URL's.`;

const command: Command = {
  summary: 'apply the committed migrations and changed database functions to DATABASE_URL',
  async run(args) {
    let help: boolean | undefined;
    try {
      ({ help } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } } }).values);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (help) {
      console.log(HELP);
      return;
    }
    const config = readConfig();
    if (!config.databaseUrl) {
      throw new Error('needs DATABASE_URL (the embedded database is migrated on every start)');
    }
    const { close } = await openPatron(config, (message) => console.log(message));
    console.log('database is up to date');
    await close();
  },
};
export default command;
