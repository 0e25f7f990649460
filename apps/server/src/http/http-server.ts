import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { PatronApp } from '../app.js';
import type { TrustProxy } from '../config/config.js';
import { type AppContext, buildContext } from '../graphql/context.js';
import { apiKeyOf } from '../modules/api-keys/api-key-caller.js';
import { channelHooksRoute, unsubscribeRoute } from '../modules/channels/channels.route.js';
import { exportsRoute } from '../modules/exports/exports.route.js';
import { filesRoute } from '../modules/files/files.route.js';
import { importsRoute } from '../modules/imports/template.route.js';
import { clickRoute, openRoute } from '../modules/mailings/tracking.route.js';
import { CLICK_ROUTE, OPEN_ROUTE } from '../modules/mailings/tracking-token.js';
import { AnonymousThrottle } from './anonymous-throttle.js';
import { HTTP_LIMITS, type HttpLimits, limitRefusal, queryLimitRules } from './api-limits.js';
import { graphqlRoute } from './graphql-route.js';
import { graphqlBody, jsonErrors, jsonNotFound } from './json-errors.js';
import { requestTimeout } from './request-timeout.js';
import { schemaPrivacyPlugin } from './schema-privacy.js';
import { securityHeaders } from './security-headers.js';
import { CUSTOMER_SESSION_COOKIE, readSessionToken, sessionCookies } from './session-cookie.js';
import { isSignedIn } from './signed-in.js';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Hides internals of unexpected errors from callers; logs them instead. */
function formatError(log: (m: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refused = limitRefusal(formatted, error);
    if (refused) return refused;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log(`internal error: ${(original as Error)?.stack ?? String(original)}`);
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export interface HttpOptions {
  port: number;
  host?: string;
  adminDir: string;
  secureCookies: boolean;
  /** Which peers' X-Forwarded-For is believed (PATRON_TRUST_PROXY); by default nobody's. */
  trustProxy?: TrustProxy;
  log: (m: string) => void;
  /** Defaults: HTTP_LIMITS (api-limits.ts). */
  limits?: Partial<HttpLimits>;
}

/** /graphql, /graphiql, /healthz, the admin SPA and the customers' /self-service/ pages on one port. */
export async function startHttpServer(
  app: PatronApp,
  options: HttpOptions,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const limits = { ...HTTP_LIMITS, ...options.limits };
  const apollo = new ApolloServer<AppContext>({
    schema: app.schema,
    // Answered to signed-in callers only: schemaPrivacyPlugin decides per request.
    introspection: true,
    validationRules: queryLimitRules(limits.query),
    parseOptions: { maxTokens: limits.query.maxTokens },
    // main.ts owns shutdown: HTTP, then the database pool, then PostgreSQL.
    stopOnTerminationSignals: false,
    // No HTTP caching of GraphQL answers here, so no cache hints to compute on every field.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      schemaPrivacyPlugin(),
    ],
    formatError: formatError(options.log),
  });
  await apollo.start();

  const http = express();
  http.disable('x-powered-by');
  // GraphQL answers are not cached by ETag, and hashing every answer cost CPU (static files keep theirs).
  http.set('etag', false);
  // req.ip is the source the sign-in and anonymous throttles count: only a configured proxy may name another.
  http.set('trust proxy', options.trustProxy ?? false);
  http.use(securityHeaders({ https: options.secureCookies }));
  // Uploads and downloads stream for as long as the file takes, so they come before the timer.
  http.use('/files', filesRoute(app, limits.uploadBytes, options.log));
  http.use('/exports', exportsRoute(app));
  http.use('/hooks/channels', channelHooksRoute(app));
  http.use('/unsubscribe', unsubscribeRoute(app));
  http.use(`/${CLICK_ROUTE}`, clickRoute(app, options.log));
  http.use(`/${OPEN_ROUTE}`, openRoute(app, options.log));
  http.use('/imports', importsRoute(app));
  http.use(requestTimeout(limits.requestTimeoutSeconds));
  const throttle = new AnonymousThrottle(limits.anonymousPerMinute);

  http.get('/healthz', async (_req, res) => {
    try {
      await app.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  http.use(
    '/graphql',
    // Files (bulk balance files, imports) go through POST /files, so JSON bodies stay small.
    ...graphqlBody(limits.graphqlBodyBytes),
    graphqlRoute(apollo, async ({ req, res }) => {
      // A request with an API key is the key's alone: its cookies are not read.
      const apiKey = await apiKeyOf(app.services, req.headers.authorization);
      const token = apiKey ? null : readSessionToken(req);
      const staff = token ? await app.services.auth.staffForToken(token) : null;
      const customerToken = apiKey ? null : readSessionToken(req, CUSTOMER_SESSION_COOKIE);
      const customer = customerToken ? await app.services.customerSessions.callerFor(customerToken) : null;
      const context = await buildContext(
        app.services,
        {
          staff,
          apiKey,
          token,
          ip: req.ip ?? 'unknown',
          userAgent: req.get('user-agent') ?? null,
          customer: { caller: customer, token: customerToken },
          uploadMaxBytes: limits.uploadBytes,
        },
        sessionCookies(res, options.secureCookies),
        sessionCookies(res, options.secureCookies, CUSTOMER_SESSION_COOKIE),
      );
      // A signed-in customer is known too, though the schema stays told to staff and keys only.
      if (!isSignedIn(context) && !customer) throttle.admit(req.ip ?? 'unknown');
      return context;
    }),
  );

  if (existsSync(options.adminDir)) {
    http.get('/graphiql', (_req, res) => res.sendFile(path.join(options.adminDir, 'graphiql.html')));
    // The service worker that shows customers' push notifications: a script at this very address, so
    // its scope is the customers' pages; browsers check it for updates, hence no caching.
    http.get('/self-service/push-worker.js', (_req, res) =>
      res.sendFile(path.join(options.adminDir, 'self-service', 'push-worker.js'), {
        headers: { 'cache-control': 'no-cache' },
      }),
    );
    // The customers' own pages (set password, sign in, my account): a page apart from the staff SPA.
    http.get(/^\/self-service(?:\/.*)?$/, (_req, res) =>
      res.sendFile(path.join(options.adminDir, 'self-service.html')),
    );
    http.use(express.static(options.adminDir, { index: 'index.html', maxAge: '1h' }));
    // The SPA routes on the client; any other GET gets its shell.
    http.get(/^\/(?!graphql|healthz).*/, (_req, res) =>
      res.sendFile(path.join(options.adminDir, 'index.html')),
    );
  } else {
    options.log(`admin SPA not built (${options.adminDir} missing); serving the API only`);
  }
  http.use(jsonNotFound);
  http.use(jsonErrors(limits.graphqlBodyBytes, options.log));

  const server = await new Promise<Server>((resolve, reject) => {
    const s = http.listen(options.port, options.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would otherwise hold close() open until they time out.
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
