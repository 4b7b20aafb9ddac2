import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { sandboxEnovInvoices, type SandboxInvoiceRow } from '../schema';
import { syntheticInvoiceByReference, syntheticInvoices } from '../synthetic';

/** Writes a synthetic contract's invoices the first time it is touched; a no-op afterwards. */
async function materialize(db: Db, idcontrat: string): Promise<void> {
  const rows = syntheticInvoices(idcontrat);
  if (rows.length > 0) await db.insert(sandboxEnovInvoices).values(rows).onConflictDoNothing();
}

/** The invoices of a contract that still have something due, oldest first. */
export async function openInvoices(db: Db, idcontrat: string): Promise<SandboxInvoiceRow[]> {
  await materialize(db, idcontrat);
  return db
    .select()
    .from(sandboxEnovInvoices)
    .where(
      and(
        eq(sandboxEnovInvoices.idcontrat, idcontrat),
        lt(sandboxEnovInvoices.montantRegle, sandboxEnovInvoices.montant),
      ),
    )
    .orderBy(asc(sandboxEnovInvoices.position));
}

export async function findInvoice(
  db: Db,
  reference: string,
): Promise<SandboxInvoiceRow | undefined> {
  const read = async () => {
    const [row] = await db
      .select()
      .from(sandboxEnovInvoices)
      .where(eq(sandboxEnovInvoices.reference, reference));
    return row;
  };
  // Read first: a synthetic invoice is written once, and notices about it come many times.
  const found = await read();
  const synthetic = found ? undefined : syntheticInvoiceByReference(reference);
  if (!synthetic) return found;
  await materialize(db, synthetic.idcontrat);
  return read();
}

/** Locks an invoice row for the rest of the transaction, so payments on it apply one by one. */
export async function lockInvoice(
  db: Db,
  reference: string,
): Promise<SandboxInvoiceRow | undefined> {
  const [row] = await db
    .select()
    .from(sandboxEnovInvoices)
    .where(eq(sandboxEnovInvoices.reference, reference))
    .for('update');
  return row;
}

/** Adds a payment to an invoice: state 4 while something is still due. */
export async function addPayment(db: Db, reference: string, montant: number): Promise<void> {
  await db
    .update(sandboxEnovInvoices)
    .set({
      montantRegle: sql`${sandboxEnovInvoices.montantRegle} + ${montant}`,
      etat: 4,
    })
    .where(eq(sandboxEnovInvoices.reference, reference));
}
