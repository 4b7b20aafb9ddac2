import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { getConfig } from '@/lib/config';
import { formatDate } from '@/lib/format';
import { httpFailure, malformed, postUpstream } from '@/lib/upstream/http';
import { failure, success, type UpstreamResult } from '@/lib/upstream/result';
import { ENOV_MESSAGES, ENOV_TRANSIENT_CODES, type EnovCode } from './codes';
import { reshapeInvoice, sortOldestFirst } from './reshape';
import { enovCodeSchema, invoiceSelectionSchema } from './schemas';
import type { Invoice, NoticeAccepted, PaymentNotice } from './types';

export interface EnovClientOptions {
  baseUrl: string;
  login: string;
  appkey: string;
  password: string;
  timeoutMs: number;
  /** Pause before the one retry of a lookup. */
  retryDelayMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

function codeFailure(code: string, message: string) {
  return failure({
    upstream: 'enov',
    kind: ENOV_TRANSIENT_CODES.has(code) ? 'transient' : 'permanent',
    reason: 'code',
    code,
    message: message || ENOV_MESSAGES[code as EnovCode] || `code ${code}`,
  });
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The Enov api web services client: invoice selection and payment notification. */
export function createEnovClient(options: EnovClientOptions) {
  const credentials = { login: options.login, appkey: options.appkey, password: options.password };
  const post = (path: string, body: object, call: CallOptions) =>
    postUpstream({
      upstream: 'enov',
      url: `${options.baseUrl}${path}`,
      body: JSON.stringify({ ...credentials, ...body }),
      timeoutMs: options.timeoutMs,
      signal: call.signal,
      secrets: [options.password, options.appkey],
    });

  async function selectOnce(
    contractId: string,
    call: CallOptions,
  ): Promise<UpstreamResult<Invoice[]>> {
    const sent = await post('/api/enovfacture', { idcontrat: contractId }, call);
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    if (status !== 200) return httpFailure('enov', status, text);
    const json = parseJson(text);
    if (!json.ok) return malformed('enov', 'not JSON', text);
    const parsed = invoiceSelectionSchema.safeParse(json.data);
    if (!parsed.success) return malformed('enov', 'unknown shape', text);
    if (!Array.isArray(parsed.data)) {
      const { code, message } = parsed.data;
      return code === '00'
        ? malformed('enov', 'code 00 on a selection', text)
        : codeFailure(code, message);
    }
    const invoices = parsed.data.map(reshapeInvoice);
    if (invoices.some((i) => i === null))
      return malformed('enov', 'impossible invoice values', text);
    return success(sortOldestFirst(invoices as Invoice[]));
  }

  /** The contract's open invoices, oldest first. A transient failure is retried once. */
  async function selectInvoices(contractId: string, call: CallOptions = {}) {
    const first = await selectOnce(contractId, call);
    if (first.ok || first.error.kind === 'permanent' || call.signal?.aborted) return first;
    await sleep(options.retryDelayMs ?? 250);
    return selectOnce(contractId, call);
  }

  /**
   * Tells Enov a payment was made on one invoice. Never retried here: the payment pipeline's
   * outbox owns retries, so a retry is always recorded and spaced.
   */
  async function notifyPayment(
    notice: PaymentNotice,
    call: CallOptions = {},
  ): Promise<UpstreamResult<NoticeAccepted>> {
    const sent = await post(
      '/api/enovipn',
      {
        reference: notice.invoiceReference,
        montant: notice.amount,
        refpaiement: notice.paymentReference,
        datepaiement: formatDate(notice.paidAt),
        codestatut: notice.statusCode,
        libstatut: notice.statusLabel ?? '',
      },
      call,
    );
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    if (status !== 200) return httpFailure('enov', status, text);
    const json = parseJson(text);
    if (!json.ok) return malformed('enov', 'not JSON', text);
    const parsed = enovCodeSchema.safeParse(json.data);
    if (!parsed.success) return malformed('enov', 'unknown shape', text);
    const { code, message } = parsed.data;
    if (code === '00') return success({ code: '00', message: message || ENOV_MESSAGES['00'] });
    return codeFailure(code, message);
  }

  return { selectInvoices, notifyPayment };
}

export type EnovClient = ReturnType<typeof createEnovClient>;

let configured: EnovClient | undefined;

/** The client for the configured Enov (the sandbox by default). */
export function enov(): EnovClient {
  if (!configured) {
    const config = getConfig();
    configured = createEnovClient({ ...config.enov, timeoutMs: config.upstreamTimeoutMs });
  }
  return configured;
}
