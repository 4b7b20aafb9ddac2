// @ts-check
// Plain CommonJS so that shell scripts and Playwright's webServer run it with node alone, and
// the TypeScript that imports it loads it the same way everywhere (Playwright, tsx, Vitest).
const { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { networkInterfaces } = require('node:os');
const path = require('node:path');

/**
 * The server every way of running the app starts: `next build` with `output: 'standalone'`
 * writes .next/standalone/server.js and the node_modules it needs, but not the browser's files.
 * As Next's documentation says, .next/static and public are copied in beside it; done here
 * once per build, so a plain `npx next build` is enough before any test.
 *
 *   node scripts/lib/standalone.cjs serve   # copies if needed, then runs server.js in-process
 *
 * A deployment runs server.js itself (deploy/systemd/lalo-paiement@.service).
 */

const ROOT = path.resolve(__dirname, '../..');
const STANDALONE = path.join(ROOT, '.next/standalone');
const STAMP = path.join(STANDALONE, '.assets-build-id');

/** Copies the browser's files into the standalone folder; returns the path of its server.js. */
function prepareStandalone() {
  const server = path.join(STANDALONE, 'server.js');
  if (!existsSync(server))
    throw new Error(
      'No standalone build: run `npx next build` (next.config.mjs has output: standalone).',
    );
  const buildId = readFileSync(path.join(ROOT, '.next/BUILD_ID'), 'utf8');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === buildId) return server;
  // Copied aside, then renamed into place: test workers may start servers at the same moment.
  for (const folder of ['.next/static', 'public']) {
    const target = path.join(STANDALONE, folder);
    const tmp = `${target}.tmp-${process.pid}`;
    const old = `${target}.old-${process.pid}`;
    cpSync(path.join(ROOT, folder), tmp, { recursive: true });
    // Renames only: a server already running from this folder never reads a half-copied file.
    try {
      renameSync(target, old);
    } catch {
      // None yet, or another process is replacing them too.
    }
    try {
      renameSync(tmp, target);
    } catch {
      // Another process put the same build's files there first.
    }
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  writeFileSync(STAMP, buildId);
  return server;
}

/**
 * What `next start` listens on when given no host: every interface, IPv6 and IPv4 where the
 * machine has IPv6 (so `localhost` answers whichever it resolves to). server.js reads HOSTNAME.
 */
function anyHost() {
  const v6 = Object.values(networkInterfaces())
    .flat()
    .some((i) => i?.family === 'IPv6' && i.internal);
  return v6 ? '::' : '0.0.0.0';
}

module.exports = { prepareStandalone, anyHost };

if (require.main === module && process.argv[2] === 'serve') {
  const server = prepareStandalone();
  // As `next start` did: the repository's .env files as they are now (server.js would read the
  // copies the build took), and relative paths taken from here (server.js changes directory).
  require('@next/env').loadEnvConfig(ROOT, false, { info: () => {}, error: console.error });
  if (!process.env.DATABASE_URL)
    process.env.PGLITE_DIR = path.resolve(process.env.PGLITE_DIR || '.data/pglite');
  // A HOSTNAME inherited from a container names the machine, not an address to listen on.
  process.env.HOSTNAME = anyHost();
  require(server);
}
