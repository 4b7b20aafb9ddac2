import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import {
  sandboxCinetpayNotifications,
  sandboxCinetpayTransactions,
  sandboxEnovInvoices,
  sandboxEnovNotifications,
  sandboxLovatReports,
  type CinetpayTransactionRow,
} from './schema';

/**
 * What the sandbox holds, for tests and chaos runs to check invariants against: invoices with
 * what was paid on them (paid ones included), notifications and reports received, CinetPay
 * payments with the notifications the twin sent about them.
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

/** A CinetPay payment as the control API shows it, with every notification sent, oldest first. */
export async function cinetpayPaymentView(db: Db, tx: CinetpayTransactionRow) {
  const notifications = await db
    .select()
    .from(sandboxCinetpayNotifications)
    .where(eq(sandboxCinetpayNotifications.transactionRef, tx.id))
    .orderBy(asc(sandboxCinetpayNotifications.id));
  return {
    payment: {
      site_id: tx.siteId,
      transaction_id: tx.transactionId,
      token: tx.token,
      amount: tx.amount,
      currency: tx.currency,
      description: tx.description,
      metadata: tx.metadata,
      notify_url: tx.notifyUrl,
      return_url: tx.returnUrl,
      channels: tx.channels,
      customer: tx.customer,
      invoice_data: tx.invoiceData,
      lock_phone_number: tx.lockPhoneNumber,
      lang: tx.lang,
      status: tx.status,
      code: tx.code,
      payment_method: tx.paymentMethod,
      operator_id: tx.operatorId,
      payment_date: tx.paymentDate?.toISOString() ?? null,
      accept_at: tx.acceptAt?.toISOString() ?? null,
      created_at: tx.createdAt.toISOString(),
    },
    notifications: notifications.map((n) => ({
      at: n.sentAt.toISOString(),
      url: n.url,
      fields: n.fields,
      x_token: n.xToken,
      response_status: n.responseStatus,
      error: n.error,
      fault: n.fault,
    })),
  };
}

/** The newest CinetPay payments, for the control page. */
export async function listCinetpayPayments(db: Db, limit = 20) {
  return db
    .select()
    .from(sandboxCinetpayTransactions)
    .orderBy(desc(sandboxCinetpayTransactions.id))
    .limit(limit);
}
