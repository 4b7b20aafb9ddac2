import { sql } from 'drizzle-orm';
import { inTransaction, type Db } from '@/lib/db/open';
import { hashPassword } from '@/lib/passwords';
import seedData from './seed.json';
import {
  sandboxCinetpayNotifications,
  sandboxCinetpayTransactions,
  sandboxEnovAccounts,
  sandboxEnovAppkeys,
  sandboxEnovInvoices,
  sandboxEnovNotifications,
  sandboxEnovSessions,
  sandboxFaults,
  sandboxJournal,
  sandboxLovatReports,
  sandboxLovatTokens,
  sandboxSmsMessages,
} from './schema';

export const SANDBOX_SEED = seedData;
// Any constant: it only has to be the same for every instance sharing a database.
const SEED_LOCK_ID = 720_190_046;

/** Contract ids whose invoice selection always fails with the given Enov code. */
export const FAULT_CONTRACTS: Readonly<Record<string, string>> = seedData.enov.faultContracts;

async function insertSeed(tx: Db): Promise<void> {
  for (const account of seedData.enov.accounts) {
    const [row] = await tx
      .insert(sandboxEnovAccounts)
      .values({
        login: account.login,
        email: account.email.toLowerCase(),
        phone: account.phone,
        passwordHash: await hashPassword(account.password),
      })
      .returning({ id: sandboxEnovAccounts.id });
    if (!row) throw new Error('seed account not inserted');
    await tx
      .insert(sandboxEnovAppkeys)
      .values(account.appkeys.map((k) => ({ accountId: row.id, ...k })));
  }
  const invoices = seedData.enov.contracts.flatMap((c) =>
    c.invoices.map((inv, position) => ({
      reference: inv.reference,
      idcontrat: c.idcontrat,
      dateFacture: inv.dateFacture,
      position,
      montant: inv.montant,
      montantRegle: inv.montantRegle,
      etat: inv.etat,
    })),
  );
  if (invoices.length > 0) await tx.insert(sandboxEnovInvoices).values(invoices);
  await tx.insert(sandboxLovatTokens).values(seedData.lovat.tokens.map((token) => ({ token })));
}

/**
 * Restores the seed data and forgets everything received: journal, faults, notifications,
 * reports, text messages and CinetPay payments. Runs under a transaction-scoped advisory lock so
 * concurrent resets (or several instances starting at once) do not interleave.
 */
export async function resetSandbox(db: Db): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    for (const table of [
      sandboxEnovSessions,
      sandboxEnovAppkeys,
      sandboxEnovAccounts,
      sandboxEnovInvoices,
      sandboxEnovNotifications,
      sandboxLovatReports,
      sandboxLovatTokens,
      sandboxSmsMessages,
      sandboxCinetpayNotifications,
      sandboxCinetpayTransactions,
      sandboxJournal,
      sandboxFaults,
    ]) {
      await tx.delete(table);
    }
    await insertSeed(tx);
  });
}

/** Seeds a sandbox that has never been seeded (its first start on a database). */
export async function seedSandboxIfEmpty(db: Db): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    const existing = await tx
      .select({ id: sandboxEnovAccounts.id })
      .from(sandboxEnovAccounts)
      .limit(1);
    const tokens = await tx.select().from(sandboxLovatTokens).limit(1);
    if (existing.length > 0 || tokens.length > 0) return false;
    await insertSeed(tx);
    return true;
  });
}
