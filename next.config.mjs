// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';
import {
  NON_HTML_PATHS,
  nonHtmlHeaders,
  STATIC_SECURITY_HEADERS,
} from './lib/http/static-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const production = process.env.NODE_ENV === 'production';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js) with only the files it needs: what
  // is deployed, and what every test starts (scripts/lib/standalone.cjs).
  output: 'standalone',
  // forbidden(): a plain agent on an admin page gets a real 403 page.
  // Prerendered pages (lib/http/prerendered.ts) are kept in memory only: each process renders
  // them once with its own configuration and nonce, and a restart takes a new contact number.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  // The proxy sets the security headers (and the CSP) on pages and the other routes.
  async headers() {
    return [
      {
        source: '/_next/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: STATIC_SECURITY_HEADERS['Referrer-Policy'] ?? '' },
        ],
      },
      ...NON_HTML_PATHS.map((source) => ({ source, headers: nonHtmlHeaders(production) })),
    ];
  },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // Migrations are read from disk at start-up; keep them in the traced output.
  outputFileTracingIncludes: { '/*': ['./lib/db/migrations/**/*'] },
};

export default withNextIntl(nextConfig);
