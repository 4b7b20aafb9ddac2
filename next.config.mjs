import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden(): a plain agent on an admin page gets a real 403 page.
  experimental: { authInterrupts: true },
  // The proxy sets these (and the CSP) on every page and route; the build's files get them here.
  async headers() {
    return [
      {
        source: '/_next/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // Migrations are read from disk at start-up; keep them in the traced output.
  outputFileTracingIncludes: { '/*': ['./lib/db/migrations/**/*'] },
};

export default withNextIntl(nextConfig);
