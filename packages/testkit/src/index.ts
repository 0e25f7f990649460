export { chromiumPath, launchBrowser, screenshotsDir } from './browser.js';
export { GraphQLClient, type GraphQLError, type GraphQLResponse } from './graphql-client.js';
export {
  createTestDatabase,
  ensureTemplateDatabase,
  setupTestPostgres,
  TEST_SERVER_URL_ENV,
  type TestDatabase,
  testServerUrl,
  withClient,
} from './postgres.js';
