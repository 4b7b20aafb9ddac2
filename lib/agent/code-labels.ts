import type { UpstreamFailure } from '@/lib/upstream/result';

/**
 * What agents read instead of a raw code (`card_declined`, `cinetpay_600`, Enov's `03`, HTTP
 * `500`): a message key under `AgentCodes` (or another namespace) and its values, which may be
 * labels themselves. Pure, so every code the app writes can be checked to have a label; the
 * pages translate it (app/[locale]/(agent)/agent/_components/code-text.ts).
 */
export interface Label {
  key: string;
  values?: Record<string, string | Label>;
}

const label = (key: string, values?: Label['values']): Label => ({
  key: `AgentCodes.${key}`,
  ...(values ? { values } : {}),
});

/** Reasons a payment is in its state, as lib/payments writes them in `state_reason`. */
const PLAIN_REASONS = new Set([
  'card_declined',
  'insufficient_funds',
  'wallet_declined',
  'processing_error',
  'wallet_no_answer',
  'cinetpay_no_payment',
  'insurer_refused',
  'agent_refund',
  'chargeback',
  'late_acceptance',
  'interrupted',
  'enov_auth',
]);

const ENOV = {
  '00': 'ok',
  '-1': 'auth',
  '-2': 'data',
  '02': 'invoice',
  '03': 'amount',
  '04': 'reference',
  '05': 'date',
  '06': 'status',
  '07': 'save',
  '08': 'selection',
} as const;

/** Enov's answer codes (lib/enov/codes.ts). */
export function enovCodeLabel(code: string): Label {
  return label(`enov.${Object.hasOwn(ENOV, code) ? ENOV[code as keyof typeof ENOV] : 'other'}`);
}

/** CinetPay's codes and their names (`600`, `PAYMENT_FAILED`: docs/specs/cinetpay.md). */
const CINETPAY: Array<[RegExp, string]> = [
  [/^(00|SUCCES)$/, 'success'],
  [/^(600|PAYMENT_FAILED)$/, 'failed'],
  [/^(602|INSUFFISENT_BALANCE)$/, 'balance'],
  [/^(604|OTP_CODE_ERROR)$/, 'otp'],
  [/^(627|TRANSACTION_CANCEL)$/, 'cancelled'],
  [/^(635|636|ERROR_PHONE_NUMBER_NOT_(FOUND|SUPPORTED))$/, 'phone'],
  [/^(641|642|ERROR_AMOUNT_TOO_(LOW|HIGH))$/, 'amount'],
  [/^(80[7-9]|81[0-2]|\w+_MAX_\w+_REACHED)$/, 'limit'],
  [/^(603|804|SERVICE_UNAVAILABLE|OPERATOR_UNAVAILABLE)$/, 'unavailable'],
  [/^(623|66[2-4]|WAITING_\w+)$/, 'waiting'],
  [/^(624|An error occurred while processing the request)$/, 'error'],
  [
    /^(606|608|609|613|INCORRECT_SETTINGS|MINIMUM_REQUIRED_FIELDS|AUTH_NOT_FOUND|ERROR_SITE_ID_NOTVALID)$/,
    'settings',
  ],
];

export function cinetpayCodeLabel(code: string): Label {
  const found = CINETPAY.find(([pattern]) => pattern.test(code.trim()));
  return label(`cinetpay.${found ? found[1] : 'other'}`);
}

/** An HTTP status an upstream answered with. */
export function httpStatusLabel(status: string): Label {
  const n = Number(status);
  if (n >= 200 && n < 300) return label('http.ok');
  if (n >= 400 && n < 500) return label('http.client');
  if (n >= 500 && n < 600) return label('http.server');
  return label('http.other');
}

/** What a delivery attempt's code means: Enov's own codes for its notices, else HTTP's. */
export function attemptCodeLabel(kind: string, code: string): Label {
  if (kind === 'enov_ipn' && /^-?\d{1,2}$/.test(code)) return enovCodeLabel(code);
  return httpStatusLabel(code);
}

/** Why an upstream call failed (lib/upstream/result.ts). */
export function upstreamFailureLabel(error: Pick<UpstreamFailure, 'reason' | 'code'>): Label {
  if (error.reason === 'code' && error.code) return enovCodeLabel(error.code);
  if (error.reason === 'http' && error.code) return httpStatusLabel(error.code);
  return label(`upstream.${error.reason}`);
}

const DELIVERY_KINDS = new Set(['enov_ipn', 'lovat_report', 'receipt_sms']);

/** Why a payment is in its state (`state_reason`), or why it was flagged for an agent. */
export function reasonLabel(raw: string): Label {
  if (PLAIN_REASONS.has(raw)) return label(`reasons.${raw}`);
  if (raw.startsWith('cinetpay_'))
    return label('reasons.cinetpay_refused', {
      reason: cinetpayCodeLabel(raw.slice('cinetpay_'.length)),
    });
  const [head = '', ...rest] = raw.split(':');
  const tail = rest.join(':').trim();
  if (head === 'processor_unavailable') return label('reasons.processor_unavailable');
  if (head === 'amount_mismatch') return label('reasons.amount_mismatch', { detail: tail });
  if (DELIVERY_KINDS.has(head)) {
    const reason =
      tail === 'dead'
        ? label('reasons.given_up')
        : /^\d{3}$/.test(tail)
          ? httpStatusLabel(tail)
          : head === 'enov_ipn' && /^-?\d{1,2}$/.test(tail)
            ? enovCodeLabel(tail)
            : ['network', 'timeout', 'http', 'malformed', 'invalid_request'].includes(tail)
              ? label(`upstream.${tail}`)
              : label('reasons.unknown');
    return label('reasons.delivery_failed', { kind: head, reason });
  }
  return label('reasons.unknown');
}

// The notes lib/payments writes beside a move in the history (English, for the logs).
const NOTES: Record<string, string> = {
  'automatic refund': 'insurer_refused',
  'refunded by an agent': 'agent_refund',
  'chargeback recorded by an agent': 'chargeback',
  'interrupted before the charge was recorded': 'interrupted',
};

/** A note of the state history: a known sentence, or the reason code a move was made for. */
export function historyNoteLabel(note: string): { label: Label; code: string | null } {
  const reason = NOTES[note];
  return reason
    ? { label: reasonLabel(reason), code: null }
    : { label: reasonLabel(note), code: note };
}

const PAYMENT_STATES = new Set([
  'pending',
  'awaiting_approval',
  'authorised',
  'captured',
  'confirmed',
  'declined',
  'expired',
  'failed',
  'refunded',
  'charged_back',
  'needs_attention',
]);

/** What an event of the processor timeline said (lib/payments/processor-events.ts). */
export function processorOutcomeLabel(kind: string, outcome: string): Label {
  if (kind === 'return' && PAYMENT_STATES.has(outcome))
    return label('processor.returned', { state: { key: `Agent.states.${outcome}` } });
  const [head = '', ...rest] = outcome.split(': ');
  const reason = rest.join(': ');
  if (['approved', 'pending'].includes(outcome)) return label(`processor.${outcome}`);
  if (head === 'unknown') return label('processor.unknown');
  if (head === 'declined' || head === 'expired')
    return label(`processor.${head}`, { reason: reasonLabel(reason) });
  if (head === 'mismatch') return reasonLabel(reason);
  if (outcome === 'unknown_transaction' || outcome === 'token_refused')
    return label(`processor.${outcome}`);
  if (outcome.trim() === '') return label('processor.empty');
  // A notification: CinetPay's own message (cpm_error_message).
  return label('processor.says', { reason: cinetpayCodeLabel(outcome) });
}

/** The processor's own words behind an event, worth showing small for support; else null. */
export function processorOutcomeCode(kind: string, outcome: string): string | null {
  const label = processorOutcomeLabel(kind, outcome);
  if (label.key === 'AgentCodes.processor.says') return outcome;
  const [, ...rest] = outcome.split(': ');
  return rest.length > 0 ? rest.join(': ') : null;
}
