import 'server-only';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { httpFailure, postUpstream, snippet } from '@/lib/upstream/http';
import { failure, success, type UpstreamResult } from '@/lib/upstream/result';
import { checkLovatFields } from './rules';
import type { LovatReceipt, LovatTransaction } from './types';

export interface LovatClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
}

export interface SendOptions {
  digital: boolean;
  calculateVat: boolean;
  signal?: AbortSignal;
}

/** Our transaction → LOVAT's fields, as text, leaving out what we do not have. */
export function toLovatFields(tx: LovatTransaction, digital: boolean): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    transaction_id: tx.transactionId,
    transaction_datetime: tx.at.toISOString(),
    transaction_sum: String(tx.amount),
    currency: tx.currency,
    arrival_country: tx.billing.country,
    arrival_city: tx.billing.city,
    arrival_address_line: tx.billing.address,
    transaction_status: tx.status,
  };
  if (digital) {
    Object.assign(fields, {
      customer_ip: tx.customerIp,
      customer_phone_number: tx.customerPhone,
      service_code: tx.serviceCode,
      bank_card_number: tx.maskedCardNumber,
      payment_operator: tx.paymentOperator,
      payment_method_country: tx.paymentMethodCountry,
      billing_country: tx.billing.country,
      billing_address: tx.billing.address,
    });
  } else {
    Object.assign(fields, {
      departure_country: tx.goods?.departureCountry,
      taxable_jurisdiction: tx.goods?.taxableJurisdiction,
      good_code: tx.goods?.goodCode,
    });
  }
  return Object.fromEntries(
    Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

const receiptSchema = z
  .object({ vat_percent: z.coerce.number().optional(), vat: z.coerce.number().optional() })
  .passthrough();
const errorSchema = z.object({ error: z.string() });

// More than 12 digits in a "masked" card number means it is not masked: never send it.
const looksUnmasked = (value: string | undefined) => (value?.replace(/\D/g, '').length ?? 0) > 12;

export function createLovatClient(options: LovatClientOptions) {
  /** Reports one transaction; checked against LOVAT's field rules before anything is sent. */
  async function sendTransaction(
    tx: LovatTransaction,
    send: SendOptions,
  ): Promise<UpstreamResult<LovatReceipt>> {
    const fields = toLovatFields(tx, send.digital);
    const problems = checkLovatFields(fields, send.digital);
    if (looksUnmasked(tx.maskedCardNumber)) {
      problems.push({ field: 'bank_card_number', problem: 'must be masked' });
    }
    if (problems.length > 0) {
      return failure({
        upstream: 'lovat',
        kind: 'permanent',
        reason: 'invalid_request',
        message: problems.map((p) => `${p.field} ${p.problem}`).join('; '),
      });
    }
    const query = `if_digital=${send.digital}&if_vat_calculate=${send.calculateVat}`;
    const sent = await postUpstream({
      upstream: 'lovat',
      url: `${options.baseUrl}/api/1/send/${encodeURIComponent(options.token)}?${query}`,
      body: JSON.stringify(fields),
      timeoutMs: options.timeoutMs,
      signal: send.signal,
      secrets: [options.token],
    });
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    if (status === 200) return success(readReceipt(text));
    if (status === 400 || status === 401) {
      const error = errorSchema.safeParse(safeJson(text));
      return failure({
        upstream: 'lovat',
        kind: 'permanent',
        reason: 'code',
        code: String(status),
        message: error.success ? error.data.error : `HTTP ${status}: ${snippet(text)}`,
      });
    }
    // Any other status is not an answer of LOVAT's: a proxy, an outage, a misrouted URL.
    return httpFailure('lovat', status, text);
  }

  return { sendTransaction };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Clients must not depend on a 200 body: read the VAT when it is there, ignore anything else.
function readReceipt(text: string): LovatReceipt {
  const parsed = receiptSchema.safeParse(safeJson(text));
  if (!parsed.success || parsed.data.vat === undefined || parsed.data.vat_percent === undefined) {
    return {};
  }
  return { vat: { percent: parsed.data.vat_percent, amount: parsed.data.vat } };
}

export type LovatClient = ReturnType<typeof createLovatClient>;

let configured: LovatClient | undefined;

/** The client for the configured LOVAT (the sandbox by default). */
export function lovat(): LovatClient {
  if (!configured) {
    const config = getConfig();
    configured = createLovatClient({ ...config.lovat, timeoutMs: config.upstreamTimeoutMs });
  }
  return configured;
}
