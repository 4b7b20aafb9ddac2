import 'server-only';
import { ensureFirstAdmin, secureAdmins } from '@/lib/auth/accounts';
import { DEV_ADMIN } from '@/lib/config-schema';
import { getConfig } from '@/lib/config';
import { getDbHandle } from '@/lib/db';
import { log } from '@/lib/log';
import { installShutdown } from '@/lib/ops/shutdown';
import { startOutboxWorker } from '@/lib/payments/runtime';
import { prepareSandbox } from '@/lib/sandbox';

/**
 * Everything a server process does once before serving: validate configuration, open the
 * database, bring its schema up to date and seed the sandbox. Called from instrumentation.ts.
 */
export async function bootstrap(): Promise<void> {
  const config = getConfig();
  const started = Date.now();
  const handle = getDbHandle();
  await handle.migrate();
  await prepareSandbox(handle.db);
  if (config.sandbox) {
    if (await ensureFirstAdmin(handle.db, config.auth.firstAdmin))
      log.info('auth.first_admin_created', { email: config.auth.firstAdmin.email });
  } else {
    const secured = await secureAdmins(handle.db, config.auth.firstAdmin, [DEV_ADMIN.email]);
    if (secured.created) log.info('auth.admin_created', { email: config.auth.firstAdmin.email });
    for (const email of secured.disabled) log.warn('auth.sandbox_admin_disabled', { email });
  }
  startOutboxWorker();
  installShutdown();
  log.info('app.ready', {
    database: handle.kind,
    sandbox: config.sandbox,
    migrateMs: Date.now() - started,
  });
}

/** bootstrap(), and on failure one actionable line and exit rather than a half-started server. */
export async function startServer(): Promise<void> {
  try {
    await bootstrap();
  } catch (error) {
    const isConfig = error instanceof Error && error.name === 'ConfigError';
    console.error(isConfig ? error.message : `Start-up failed: ${String(error)}`);
    process.exit(1);
  }
}
