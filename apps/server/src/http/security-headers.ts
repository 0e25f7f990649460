import helmet from 'helmet';

/**
 * Headers for the SPA, GraphiQL and the API: no framing (clickjacking), no MIME sniffing, no
 * referrer to other sites, and a content security policy that allows only this origin's scripts.
 * Styles may be inline because MUI (emotion) and GraphiQL inject style tags at run time; Monaco,
 * GraphiQL's editor, starts its workers from blob: URLs.
 */
export function securityHeaders(options: { https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Only meaningful over HTTPS; a plain-HTTP local server must not pin browsers to HTTPS.
    strictTransportSecurity: options.https ? { maxAge: 15_552_000 } : false,
  });
}
