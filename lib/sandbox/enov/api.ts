import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '@/lib/db/open';
import { ENOV_MESSAGES, type EnovCode } from '@/lib/enov/codes';
import { formatDate, parseDayMonthYear } from '@/lib/format';
import { sandboxEnovNotifications } from '../schema';
import { FAULT_CONTRACTS } from '../seed';
import { authenticateApi } from './accounts';
import { enovFields, wholeAmount, type EnovFields } from './fields';
import { addPayment, findInvoice, lockInvoice, openInvoices } from './invoices';

/** Enov's answers: always HTTP 200, an array of invoices or a `{ code, message }` object. */
export type EnovAnswer =
  | { code: string; message: string }
  | Array<{
      reference: string;
      dateFacture: string;
      montant: number;
      montantRegle: number;
      Etat: number;
    }>;

export const answer = (code: EnovCode) => ({ code, message: ENOV_MESSAGES[code] });

const credentials = (f: EnovFields) => ({
  login: f('login'),
  password: f('password'),
  appkey: f('appkey'),
});

/** POST /api/enovfacture */
export async function selectInvoices(db: Db, body: unknown): Promise<EnovAnswer> {
  const f = enovFields(body);
  if (!(await authenticateApi(db, credentials(f)))) return answer('-1');
  const idcontrat = f('idcontrat');
  if (!idcontrat) return answer('08');
  const fault = FAULT_CONTRACTS[idcontrat];
  if (fault) return { code: fault, message: ENOV_MESSAGES[fault as EnovCode] ?? 'Erreur' };
  const rows = await openInvoices(db, idcontrat);
  return rows.map((r) => ({
    reference: r.reference,
    dateFacture: r.dateFacture,
    montant: r.montant,
    montantRegle: r.montantRegle,
    Etat: r.etat,
  }));
}

async function acceptedNotification(db: Db, refpaiement: string) {
  const [row] = await db
    .select()
    .from(sandboxEnovNotifications)
    .where(
      and(
        eq(sandboxEnovNotifications.refpaiement, refpaiement),
        eq(sandboxEnovNotifications.applied, true),
      ),
    );
  return row;
}

function isFutureOrInvalid(datepaiement: string): boolean {
  const date = parseDayMonthYear(datepaiement);
  // Abidjan is UTC+0 all year: "today" there is today's UTC date.
  return !date || date.getTime() > parseDayMonthYear(formatDate(new Date()))!.getTime();
}

/**
 * The notice Enov accepted under this payment reference, if any, and whether this one repeats
 * it exactly (same invoice and amount): a repeat answers 00 and changes nothing.
 */
async function acceptedBefore(
  db: Db,
  notice: { refpaiement: string; reference: string; montant: number | null },
) {
  const previous = notice.refpaiement
    ? await acceptedNotification(db, notice.refpaiement)
    : undefined;
  const replay =
    !!previous && previous.reference === notice.reference && previous.montant === notice.montant;
  return { previous, replay };
}

/**
 * Whether the insurer already applied exactly this notice. Enov answers such a repeat 00
 * whatever else is going on (UPSTREAMS.md), so an injected refusal never stands in for it
 * (lib/sandbox/http.ts).
 */
export async function isAppliedRepeat(db: Db, body: unknown): Promise<boolean> {
  const f = enovFields(body);
  const notice = {
    refpaiement: f('refpaiement'),
    reference: f('reference'),
    montant: wholeAmount(f('montant')),
  };
  return (await acceptedBefore(db, notice)).replay;
}

/**
 * POST /api/enovipn, checked in the order of the original's table (-1, 02, 03, 04, 05, 06), then
 * applied under a lock of the invoice row. A notification already accepted answers 00 again
 * and changes nothing; its payment reference reused for another invoice or amount is 03.
 */
export async function notifyPayment(db: Db, body: unknown): Promise<EnovAnswer> {
  const f = enovFields(body);
  if (!(await authenticateApi(db, credentials(f)))) return answer('-1');
  const reference = f('reference');
  const invoice = reference ? await findInvoice(db, reference) : undefined;
  if (!invoice) return answer('02');
  const montant = wholeAmount(f('montant'));
  if (montant === null) return answer('03');
  const refpaiement = f('refpaiement');
  const { previous, replay } = await acceptedBefore(db, { refpaiement, reference, montant });
  if (previous && !replay) return answer('03');
  if (!replay && montant > invoice.montant - invoice.montantRegle) return answer('03');
  if (!refpaiement) return answer('04');
  const datepaiement = f('datepaiement');
  if (isFutureOrInvalid(datepaiement)) return answer('05');
  const codestatut = f('codestatut');
  if (!codestatut) return answer('06');
  const notification = {
    refpaiement,
    reference,
    montant,
    datepaiement,
    codestatut,
    libstatut: f('libstatut') || null,
  };
  if (replay && previous) {
    await db
      .update(sandboxEnovNotifications)
      .set({ repeats: sql`${sandboxEnovNotifications.repeats} + 1` })
      .where(eq(sandboxEnovNotifications.id, previous.id));
    return answer('00');
  }
  // Only successful payments move an invoice; others are recorded and acknowledged.
  if (codestatut !== '00') {
    await db.insert(sandboxEnovNotifications).values({ ...notification, applied: false });
    return answer('00');
  }
  try {
    return await applyNotification(db, notification);
  } catch {
    return answer('07');
  }
}

async function applyNotification(
  db: Db,
  n: Omit<typeof sandboxEnovNotifications.$inferInsert, 'applied'> & { montant: number },
): Promise<EnovAnswer> {
  return inTransaction(db, async (tx) => {
    const invoice = await lockInvoice(tx, n.reference);
    if (!invoice) return answer('02');
    // Re-checked under the lock: a concurrent notification may have been applied meanwhile.
    const inserted = await tx
      .insert(sandboxEnovNotifications)
      .values({ ...n, applied: true })
      .onConflictDoNothing()
      .returning({ id: sandboxEnovNotifications.id });
    if (inserted.length === 0) {
      return answer((await acceptedBefore(tx, n)).replay ? '00' : '03');
    }
    if (n.montant > invoice.montant - invoice.montantRegle) {
      throw new RollbackWith('03');
    }
    await addPayment(tx, n.reference, n.montant);
    return answer('00');
  }).catch((error: unknown) => {
    if (error instanceof RollbackWith) return answer(error.code);
    throw error;
  });
}

class RollbackWith extends Error {
  constructor(readonly code: EnovCode) {
    super(code);
  }
}
