import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CINETPAY_MESSAGES } from '@/lib/sandbox/cinetpay/codes';
import { ENOV_MESSAGES } from '@/lib/enov/codes';
import {
  attemptCodeLabel,
  historyNoteLabel,
  processorOutcomeCode,
  processorOutcomeLabel,
  reasonLabel,
  upstreamFailureLabel,
  type Label,
} from './code-labels';

const lookup = (catalogue: object, key: string) =>
  key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)?.[part], catalogue);

/** Every key of a label and of the labels in its values. */
const keysOf = (label: Label): string[] => [
  label.key,
  ...Object.values(label.values ?? {}).flatMap((v) => (typeof v === 'string' ? [] : keysOf(v))),
];

function expectTranslated(label: Label) {
  for (const key of keysOf(label)) {
    expect(typeof lookup(fr, key), key).toBe('string');
    expect(typeof lookup(en, key), key).toBe('string');
  }
}

const unlisted = (label: Label) =>
  keysOf(label).some((k) => /\.(unknown|other)$/.test(k) && k !== 'AgentCodes.processor.unknown');

describe('codes shown to agents', () => {
  it('every reason the payments code writes has a label of its own, in both languages', () => {
    for (const raw of [
      'card_declined',
      'insufficient_funds',
      'wallet_declined',
      'processing_error',
      'wallet_no_answer',
      'cinetpay_no_payment',
      'cinetpay_600',
      'cinetpay_627',
      'processor_unavailable:timeout',
      'amount_mismatch:500 XOF',
      'insurer_refused',
      'agent_refund',
      'chargeback',
      'late_acceptance',
      'interrupted',
      'enov_auth',
      'enov_ipn:03',
      'enov_ipn:dead',
      'lovat_report:500',
      'receipt_sms:network',
    ]) {
      const label = reasonLabel(raw);
      expectTranslated(label);
      expect(unlisted(label), raw).toBe(false);
    }
  });

  it('an unlisted code still reads as words, never as the code alone', () => {
    expect(reasonLabel('something_new').key).toBe('AgentCodes.reasons.unknown');
    expect(reasonLabel('cinetpay_999').values?.reason).toEqual({
      key: 'AgentCodes.cinetpay.other',
    });
  });

  it('the history turns its English notes into labels and keeps a code only for codes', () => {
    expect(historyNoteLabel('refunded by an agent')).toEqual({
      label: reasonLabel('agent_refund'),
      code: null,
    });
    expect(historyNoteLabel('enov_ipn:03').code).toBe('enov_ipn:03');
  });

  it('every Enov and CinetPay code has a label', () => {
    for (const code of Object.keys(ENOV_MESSAGES)) {
      const label = attemptCodeLabel('enov_ipn', code);
      expectTranslated(label);
      expect(unlisted(label), code).toBe(false);
    }
    for (const [code, name] of Object.entries(CINETPAY_MESSAGES)) {
      if (['201', '403', '429'].includes(code)) continue; // answers to our requests, not refusals
      for (const raw of [code, name]) {
        const label = processorOutcomeLabel('notification', raw);
        expectTranslated(label);
        expect(unlisted(label), raw).toBe(false);
      }
    }
  });

  it('reads HTTP statuses and upstream failures', () => {
    expect(attemptCodeLabel('lovat_report', '500').key).toBe('AgentCodes.http.server');
    expect(attemptCodeLabel('enov_ipn', '500').key).toBe('AgentCodes.http.server');
    expect(attemptCodeLabel('enov_ipn', '00').key).toBe('AgentCodes.enov.ok');
    for (const reason of ['network', 'timeout', 'malformed', 'invalid_request'] as const)
      expectTranslated(upstreamFailureLabel({ reason }));
    expect(upstreamFailureLabel({ reason: 'code', code: '-2' }).key).toBe('AgentCodes.enov.data');
  });

  it('reads the processor timeline, keeping the processor’s own words aside', () => {
    for (const [kind, outcome] of [
      ['verification', 'approved'],
      ['verification', 'pending'],
      ['verification', 'unknown: HTTP 500'],
      ['verification', 'declined: cinetpay_600'],
      ['verification', 'expired: cinetpay_no_payment'],
      ['verification', 'mismatch: amount_mismatch:100 XOF'],
      ['notification', 'unknown_transaction'],
      ['notification', 'token_refused'],
      ['notification', ''],
      ['return', 'awaiting_approval'],
    ] as const)
      expectTranslated(processorOutcomeLabel(kind, outcome));
    expect(processorOutcomeCode('verification', 'declined: cinetpay_600')).toBe('cinetpay_600');
    expect(processorOutcomeCode('notification', 'PAYMENT_FAILED')).toBe('PAYMENT_FAILED');
    expect(processorOutcomeCode('verification', 'approved')).toBeNull();
  });
});
