import { parseArgs } from 'node:util';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { englishMessage } from '@patron/problems';
import { GraphQLError } from 'graphql';
import { type FieldProblem, fieldProblem } from '../graphql/errors.js';
import { staffInputProblems } from '../modules/auth/auth.service.js';
import { type Command, UsageError } from './command.js';
import { readHiddenAnswers } from './read-password.js';

const PASSWORD_ENV = 'PATRON_ADMIN_PASSWORD';
const DEFAULT_ADMIN_NAME = 'Admin';

const HELP = `usage: pnpm patron workspace:create --name "My club" --admin-email owner@club.example [--admin-name "Owner"]

Creates a workspace and its first admin (role ADMIN) on the database Patron uses — DATABASE_URL, or
the embedded PostgreSQL in PATRON_DATA_DIR — after applying the migrations. The admin's password is
read from ${PASSWORD_ENV} when set, else asked for twice on the terminal; at least 10 characters.

  --name         the workspace's name (required)
  --admin-email  the admin's sign-in email; no other staff member may use it (required)
  --admin-name   the admin's display name (default "${DEFAULT_ADMIN_NAME}")`;

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Where a refused admin field came from, as the person typed it. */
function source(field: string | number | undefined, passwordFrom: string): string {
  if (field === 'email') return '--admin-email';
  if (field === 'name') return '--admin-name';
  return passwordFrom;
}

function refusal(problems: FieldProblem[], passwordFrom: string): UsageError {
  const text = problems.map((p) => {
    const message = englishMessage(p.code, p.params);
    return `${source(p.path.at(-1), passwordFrom)}: ${message[0]?.toLowerCase()}${message.slice(1)}`;
  });
  return new UsageError(text.join('; '));
}

async function password(): Promise<{ password: string; from: string }> {
  const fromEnv = process.env[PASSWORD_ENV];
  if (fromEnv !== undefined) return { password: fromEnv, from: PASSWORD_ENV };
  if (!process.stdin.isTTY) {
    throw new UsageError(`set ${PASSWORD_ENV} to the admin's password (stdin is not a terminal to ask on)`);
  }
  const [first, second] = await readHiddenAnswers(['Admin password: ', 'Same password again: ']);
  if (first !== second) throw new UsageError('the two passwords differ');
  return { password: first ?? '', from: 'the admin password' };
}

const command: Command = {
  summary: 'create a workspace and its first admin',
  async run(args) {
    const values = options(args);
    if (values.help) {
      console.log(HELP);
      return;
    }
    const name = values.name?.trim();
    if (!name) throw new UsageError('--name is required: the workspace\'s name, e.g. --name "My club"');
    const email = values['admin-email']?.trim();
    if (!email) throw new UsageError("--admin-email is required: the first admin's sign-in email");
    const admin = { email, name: values['admin-name']?.trim() || DEFAULT_ADMIN_NAME };
    // Everything but the password is checked before asking for it.
    const early = staffInputProblems({ ...admin, password: '' }).filter((p) => p.path.at(-1) !== 'password');
    if (early.length) throw refusal(early, '');
    // The app's modules load only once the input is known to be good (a refusal answers at once).
    const { openPatron, readConfig } = await import('./open-patron.js');
    const config = readConfig();
    const secret = await password();
    const problems = staffInputProblems({ ...admin, password: secret.password });
    if (problems.length) throw refusal(problems, secret.from);

    const { app, close } = await openPatron(config, (message) => console.log(message));
    try {
      const created = await app.services.workspaces.create(name, { ...admin, password: secret.password });
      const { workspace } = created;
      console.log(`Created the workspace "${workspace.name}" and its admin ${created.admin.email}.`);
      console.log(`  workspace id: ${workspace.id}`);
      console.log(`  sign in at:   http://localhost:${config.port}/ (once Patron runs: pnpm start)`);
    } catch (error) {
      // The workspace and its admin are one transaction: a refusal leaves nothing behind.
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        const fields = error.extensions.fields as {
          path: FieldProblem['path'];
          problem: Omit<FieldProblem, 'path'>;
        }[];
        throw refusal(
          fields.map((f) => ({ ...f.problem, path: f.path })),
          secret.from,
        );
      }
      if (error instanceof UniqueConstraintViolationException) {
        throw refusal([fieldProblem(['email'], 'STAFF_EMAIL_TAKEN')], secret.from);
      }
      throw error;
    } finally {
      await close();
    }
  },
};
export default command;
