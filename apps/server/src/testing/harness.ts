import 'reflect-metadata';
import { createHash } from 'node:crypto';
import type { PatronModule } from '@patron/sdk';
import {
  createTestDatabase,
  ensureTemplateDatabase,
  GraphQLClient,
  type TestDatabase,
} from '@patron/testkit';
import { createPatronApp, type PatronApp } from '../app.js';
import type { TrustProxy } from '../config/config.js';
import { migrate, migrations, openDatabase } from '../db/orm.js';
import type { HttpLimits } from '../http/api-limits.js';
import { startHttpServer } from '../http/http-server.js';
import type { BackupSchedule } from '../modules/backups/nightly-backups.js';
import { coreModules } from '../modules/index.js';
import type { WebhookSettings } from '../runtime/kernel.js';

/** A real SMTP server in the test process, for tests that send email (browser tests too). */
export { type SmtpPeer, startSmtpPeer } from '../modules/channel-email/smtp-peer.js';

export const TEST_PASSWORD = 'correct-horse-battery';
export type Role = 'ADMIN' | 'MANAGER' | 'OPERATOR' | 'ANALYST';

export interface TestServer {
  app: PatronApp;
  /** The test's own database. */
  databaseUrl: string;
  url: string;
  graphqlUrl: string;
  /** A workspace with one signed-in client per role. */
  workspace(name?: string): Promise<TestWorkspace>;
  close(): Promise<void>;
}

export interface TestWorkspace {
  id: string;
  as: Record<Role, GraphQLClient>;
  anonymous: GraphQLClient;
  emails: Record<Role, string>;
}

let counter = 0;

const CORE_MIGRATIONS = [
  ...migrations,
  ...coreModules.flatMap((m) => (m.migrations ?? []) as typeof migrations),
];
/** Named by the migrations it holds, so a server kept between runs (DATABASE_URL) is never stale. */
const TEMPLATE = `patron_template_${createHash('sha256')
  .update(CORE_MIGRATIONS.map((m) => m.name).join())
  .digest('hex')
  .slice(0, 12)}`;

/** The core migrations applied once per test server; each test file's database is a copy of it. */
async function migratedTemplate(serverUrl?: string): Promise<string> {
  await ensureTemplateDatabase(
    TEMPLATE,
    async (url) => {
      const orm = await openDatabase(
        url,
        coreModules.flatMap((m) => m.entities ?? []),
        2,
        CORE_MIGRATIONS,
      );
      try {
        await migrate(orm);
      } finally {
        await orm.close();
      }
    },
    serverUrl,
  );
  return TEMPLATE;
}

/**
 * A fresh database with the core migrations applied, on the test server or on `serverUrl` (another
 * PostgreSQL server's `postgres` database).
 */
export async function createMigratedDatabase(prefix: string, serverUrl?: string): Promise<TestDatabase> {
  return createTestDatabase(prefix, await migratedTemplate(serverUrl), serverUrl);
}

/** A real Patron over real HTTP on a fresh database of the test PostgreSQL. */
export async function startTestServer(
  options: {
    plugins?: PatronModule[];
    adminDir?: string;
    pollEvents?: boolean;
    /** PATRON_TRUST_PROXY; tests that play several client addresses send X-Forwarded-For with 'loopback'. */
    trustProxy?: TrustProxy;
    /** Tests share one IP: the anonymous budget is raised unless a test sets its own. */
    limits?: Partial<HttpLimits>;
    /** PATRON_SECRET_KEY; by default the test process's environment's. */
    secretKey?: string | null;
    /** PATRON_PUSH_SERVICE_HOSTS: a test's own push service runs on 127.0.0.1. */
    pushServiceHosts?: readonly string[];
    /** PATRON_WEBHOOK_ALLOW_PRIVATE and a short retry schedule: webhook tests' receivers run on 127.0.0.1. */
    webhooks?: Partial<WebhookSettings>;
    /** Receives what the server logs (nothing by default): a test that expects a line in the log. */
    log?: (message: string) => void;
    /** Nightly backups, as `pnpm start` has them on the embedded database. */
    backups?: Omit<BackupSchedule, 'databaseUrl'>;
    /** The server to make the test's database on: another PostgreSQL's `postgres` database. */
    postgresServerUrl?: string;
    /** PATRON_ANALYTICS_DATABASE_URL: the replica the dashboard and the card's analytics read. */
    analyticsDatabaseUrl?: string;
  } = {},
): Promise<TestServer> {
  // App start still migrates: plugins' migrations and changed database functions apply on the copy.
  const db = await createMigratedDatabase('patron', options.postgresServerUrl);
  const app = await createPatronApp({
    databaseUrl: db.url,
    analyticsDatabaseUrl: options.analyticsDatabaseUrl,
    plugins: options.plugins,
    log: options.log ?? (() => {}),
    pollEvents: options.pollEvents ?? false,
    // Test passwords guard nothing: the cheapest argon2id keeps a workspace's four sign-ins quick.
    passwordHashCost: { memoryCost: 1024, timeCost: 1 },
    serverSecrets: {
      secretKey:
        options.secretKey === undefined ? (process.env.PATRON_SECRET_KEY ?? null) : options.secretKey,
    },
    pushServiceHosts: options.pushServiceHosts,
    webhooks: options.webhooks,
    backups: options.backups,
  });
  const http = await startHttpServer(app, {
    port: 0,
    host: '127.0.0.1',
    adminDir: options.adminDir ?? '/nonexistent-admin-dir',
    secureCookies: false,
    trustProxy: options.trustProxy,
    log: () => {},
    limits: { anonymousPerMinute: 10_000, ...options.limits },
  });
  const graphqlUrl = `${http.url}/graphql`;
  return {
    app,
    databaseUrl: db.url,
    url: http.url,
    graphqlUrl,
    async workspace(name = 'Test club') {
      const tag = `${process.pid}-${++counter}`;
      const emails = {
        ADMIN: `admin-${tag}@test.patron`,
        MANAGER: `manager-${tag}@test.patron`,
        OPERATOR: `operator-${tag}@test.patron`,
        ANALYST: `analyst-${tag}@test.patron`,
      };
      const { workspace } = await app.services.workspaces.create(name, {
        email: emails.ADMIN,
        name: 'Ada Admin',
        password: TEST_PASSWORD,
      });
      const as = {} as Record<Role, GraphQLClient>;
      for (const role of ['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const) {
        if (role !== 'ADMIN') {
          await app.services.auth.createStaff(workspace.id, {
            email: emails[role],
            name: `${role} person`,
            role,
            password: TEST_PASSWORD,
          });
        }
        const client = new GraphQLClient(graphqlUrl);
        await client.requestOk(
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
          {
            e: emails[role],
            p: TEST_PASSWORD,
          },
        );
        as[role] = client;
      }
      return { id: workspace.id, as, anonymous: new GraphQLClient(graphqlUrl), emails };
    },
    async close() {
      await http.close();
      await app.close();
      await db.drop();
    },
  };
}
