'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { AllocationTable } from '@/components/allocation-table';
import { Alert, type AlertTone } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { focusIfUnclaimed } from '@/components/ui/focus-if-unclaimed';
import { useReceipt } from '@/hooks/use-receipt';
import { formatDateTime, formatXof } from '@/lib/format';
import type { ReceiptView } from '@/lib/payments/receipt';
import { ButtonLink } from '@/components/ui/button';
import { takeFocusAfterPaying } from '@/lib/payments/just-paid';
import { isWallet } from '@/lib/payments/wallet-help';
import { CountdownMilestones } from './countdown-milestones';
import { PrintAndPdf, ReceiptActions } from './receipt-actions';
import { receiptHeadingKey } from './receipt-heading';
import { ReceiptSteps } from './receipt-steps';
import { WalletWaitingHelp } from './wallet-waiting-help';

const TONES: Record<string, AlertTone> = {
  confirmed: 'success',
  captured: 'info',
  authorised: 'info',
  pending: 'info',
  awaiting_approval: 'warning',
  awaiting_processor: 'warning',
  needs_attention: 'warning',
  declined: 'error',
  expired: 'error',
  failed: 'error',
  refunded: 'warning',
  charged_back: 'error',
};

// Null until mounted: the server's clock and the browser's differ, and must not mismatch.
function useSecondsLeft(until: string | null): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!until) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [until]);
  return until && now !== null
    ? Math.max(0, Math.ceil((new Date(until).getTime() - now) / 1_000))
    : null;
}

export function ReceiptLive({ token, initial }: { token: string; initial: ReceiptView }) {
  const t = useTranslations('Receipt');
  const methods = useTranslations('Checkout.methods');
  const { data = initial } = useReceipt(token, initial);
  // On a hosted processor's page, the customer has no phone prompt to answer and no countdown.
  const hosted = data.resumeUrl !== null;
  const seconds = useSecondsLeft(
    data.state === 'awaiting_approval' && !hosted ? data.approvalExpiresAt : null,
  );
  const state = (hosted ? 'awaiting_processor' : data.state) as keyof typeof TONES;
  const heading = t(receiptHeadingKey(data));
  const status = t(`states.${state}.title` as 'states.confirmed.title');
  // The server titles the first render; a change of state seen by polling retitles the tab too.
  const documentTitle = t('documentTitle', { title: heading, reference: data.reference });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  const reason =
    data.stateReason && t.has(`reasons.${data.stateReason}` as 'reasons.card_declined')
      ? t(`reasons.${data.stateReason}` as 'reasons.card_declined')
      : null;
  // The status's first line: its title, or the reason when the title would repeat the heading
  // ("Paiement refusé"), so a decline is said with its cause.
  const lead = status === heading ? reason : status;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusAfterPaying()) focusIfUnclaimed(headingRef.current);
  }, []);
  // A push to a phone (not a hosted page): the customer may need help finding it.
  const pushedTo =
    data.state === 'awaiting_approval' && !hosted && isWallet(data.method) ? data.method : null;

  return (
    <div className="flex flex-col gap-6">
      {/*
        What is live is what changes with the state: this heading and the status's lead line;
        the countdown is not (CountdownMilestones). Focused after paying
        (lib/payments/just-paid.ts), the heading reads out with the status it describes.
      */}
      <h1
        ref={headingRef}
        tabIndex={-1}
        aria-live="polite"
        aria-describedby="receipt-status"
        className="text-2xl font-bold text-brand-900 focus:outline-none sm:text-3xl"
      >
        {heading}
      </h1>
      <CountdownMilestones seconds={seconds} />
      <div id="receipt-status">
        <Alert tone={TONES[state] ?? 'info'}>
          {/* Always there, so a lead that appears or changes is announced. */}
          <div aria-live="polite" aria-atomic="true">
            {lead ? <p className="mb-1 font-semibold">{lead}</p> : null}
          </div>
          <p>{t(`states.${state}.body` as 'states.awaiting_approval.body')}</p>
          {seconds !== null ? (
            <p className="mt-1 font-semibold tabular-nums">{t('countdown', { seconds })}</p>
          ) : null}
          {reason && reason !== lead ? <p className="mt-1">{reason}</p> : null}
          {data.resumeUrl ? (
            <p className="mt-2">
              <a href={data.resumeUrl} className="font-semibold text-brand-700 underline">
                {t('resume')}
              </a>
            </p>
          ) : null}
        </Alert>
      </div>
      {data.retryUrl ? <ReceiptActions retryUrl={data.retryUrl} /> : null}
      {pushedTo ? <WalletWaitingHelp token={token} wallet={pushedTo} /> : null}
      <ReceiptSteps receipt={data} />
      <Card aria-labelledby="receipt-details" className="flex flex-col gap-4">
        <h2 id="receipt-details" className="sr-only">
          {t('details')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {[
            [t('reference'), data.reference],
            [t('contract'), data.contractId],
            [t('date'), formatDateTime(new Date(data.createdAt))],
            [t('method'), `${methods(data.method as 'card')} · ${data.methodDetail}`],
            [data.moneyTaken ? t('amount') : t('amountAsked'), formatXof(data.amount)],
            ...(data.moneyTaken
              ? []
              : [[t('invoicesFor'), data.invoices.map((i) => i.reference).join(', ')]]),
            ...(data.refundedAmount > 0 ? [[t('refunded'), formatXof(data.refundedAmount)]] : []),
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="font-semibold text-slate-900" data-testid={`receipt-${label}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {data.moneyTaken ? (
          <AllocationTable
            caption={t('invoices')}
            rows={data.invoices.map((i) => ({
              ...i,
              note: data.insurer !== 'none' ? t(`invoiceStatus.${i.status}`) : undefined,
            }))}
            labels={{ invoice: t('invoice'), paid: t('paid'), remainingAfter: t('remainingAfter') }}
          />
        ) : null}
      </Card>
      <div className="no-print flex flex-wrap gap-3">
        {data.moneyTaken ? <PrintAndPdf token={token} /> : null}
        <ButtonLink href={`/contrat/${data.contractId}`} variant="ghost">
          {t('newPayment')}
        </ButtonLink>
      </div>
    </div>
  );
}
