import 'reflect-metadata';

/** What tests, plugins' tests and tools use to run Patron in-process. */
export { createPatronApp, type PatronApp } from './app.js';
export { startHttpServer } from './http/http-server.js';
export { DEMO_ADMIN, seedDemo } from './modules/demo/seed-demo.js';
