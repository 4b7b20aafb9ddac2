import 'server-only';
import type { Db } from '@/lib/db/open';
import type { CinetpayTransactionRow } from '../schema';
import { apiResponseId, CINETPAY_MESSAGES, cinetpayDate, type CinetpayCode } from './codes';
import { findTransaction, settleDue } from './payments';
import {
  checkCredentials,
  cinetpayError,
  isPresent,
  missingFields,
  parseCinetpayBody,
  type CinetpayAnswer,
} from './request';

const DAY_MS = 86_400_000;

// The documentation's example: paid on the 15th at 22:57, available on the 17th at 00:00:00.
function fundAvailability(paid: Date): string {
  const day = new Date(Math.floor(paid.getTime() / DAY_MS) * DAY_MS + 2 * DAY_MS);
  return cinetpayDate(day);
}

/** `data` of a check (VERIF-FR, D10, D11): amounts as strings, empty dates until paid. */
export function checkData(tx: CinetpayTransactionRow) {
  const paid = tx.status === 'ACCEPTED' && tx.paymentDate ? tx.paymentDate : undefined;
  return {
    amount: String(tx.amount),
    currency: tx.currency,
    status: tx.status,
    payment_method: tx.paymentMethod ?? '',
    description: tx.description,
    metadata: tx.metadata,
    operator_id: paid ? tx.operatorId : null,
    payment_date: paid ? cinetpayDate(paid) : '',
    fund_availability_date: paid ? fundAvailability(paid) : '',
  };
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;

/**
 * POST /v2/payment/check (D9): apikey, site_id and one of transaction_id, token or
 * payment_token. A transaction found answers HTTP 200 whatever its state (00, 662, 623, 600,
 * 627): the request succeeded, the body's code tells the payment's.
 */
export async function checkPayment(
  db: Db,
  input: { contentType: string; raw: string; appUrl: string },
): Promise<CinetpayAnswer> {
  const parsed = parseCinetpayBody(input.contentType, input.raw);
  if (!parsed.ok) return parsed.answer;
  const body = parsed.body;
  const missing = missingFields(body, ['apikey', 'site_id']);
  if (missing) return missing;
  const token = [body.token, body.payment_token].find(isPresent);
  if (!isPresent(body.transaction_id) && token === undefined) {
    return cinetpayError('608', 'Minimum required field: transaction_id or token missing or empty');
  }
  const refusal = checkCredentials(body);
  if (refusal) return refusal;
  const found = await findTransaction(db, {
    siteId: text(body.site_id),
    transactionId: text(body.transaction_id),
    token: text(token),
  });
  if (!found) return cinetpayError('608', 'transaction not found');
  const tx = await settleDue(db, found, input.appUrl);
  return {
    status: 200,
    body: {
      code: tx.code,
      message: CINETPAY_MESSAGES[tx.code as CinetpayCode] ?? tx.code,
      data: checkData(tx),
      api_response_id: apiResponseId(),
    },
  };
}
