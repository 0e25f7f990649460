import 'reflect-metadata';
import { createPatronApp } from '../app.js';

/** `pnpm db:migrate`: applies committed migrations and changed database functions to DATABASE_URL, then exits. */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('db:migrate needs DATABASE_URL (the embedded database is migrated on every start)');
  process.exit(1);
}
const app = await createPatronApp({ databaseUrl: url, pollEvents: false });
console.log('database is up to date');
await app.close();
