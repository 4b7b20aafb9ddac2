import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { sandboxEnovInvoices, sandboxEnovNotifications, sandboxLovatReports } from './schema';

/**
 * What the sandbox holds, for tests and chaos runs to check invariants against: invoices with
 * what was paid on them (paid ones included), notifications and reports received.
 */

const where = (conditions: Array<SQL | undefined>) => {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
};

export async function listInvoices(db: Db, filter: { idcontrat?: string; reference?: string }) {
  return db
    .select()
    .from(sandboxEnovInvoices)
    .where(
      where([
        filter.idcontrat ? eq(sandboxEnovInvoices.idcontrat, filter.idcontrat) : undefined,
        filter.reference ? eq(sandboxEnovInvoices.reference, filter.reference) : undefined,
      ]),
    )
    .orderBy(asc(sandboxEnovInvoices.idcontrat), asc(sandboxEnovInvoices.position))
    .limit(5_000);
}

export async function listNotifications(
  db: Db,
  filter: { refpaiement?: string; reference?: string },
) {
  return db
    .select()
    .from(sandboxEnovNotifications)
    .where(
      where([
        filter.refpaiement
          ? eq(sandboxEnovNotifications.refpaiement, filter.refpaiement)
          : undefined,
        filter.reference ? eq(sandboxEnovNotifications.reference, filter.reference) : undefined,
      ]),
    )
    .orderBy(desc(sandboxEnovNotifications.id))
    .limit(10_000);
}

export async function listReports(db: Db, filter: { transactionId?: string }) {
  return db
    .select()
    .from(sandboxLovatReports)
    .where(
      where([
        filter.transactionId
          ? eq(sandboxLovatReports.transactionId, filter.transactionId)
          : undefined,
      ]),
    )
    .orderBy(desc(sandboxLovatReports.id))
    .limit(10_000);
}
