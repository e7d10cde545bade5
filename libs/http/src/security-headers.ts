import helmet from 'helmet';

/**
 * Security headers on every response (ASVS 14.4): HSTS, nosniff, Referrer-Policy no-referrer, frame-ancestors
 * none, and a CSP without inline scripts that Swagger UI (/docs), Bull Board and the portal SPA work under
 * (Swagger UI sets inline styles, hence style-src 'unsafe-inline'; scripts only from the same origin).
 */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // blob: the portal shows a case's documents from blob URLs (the bytes come as an attachment no page may frame).
        imgSrc: ["'self'", 'data:', 'blob:'],
        frameSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
