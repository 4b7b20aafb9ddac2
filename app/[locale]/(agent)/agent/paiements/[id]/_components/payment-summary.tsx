import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { enovCodeLabel, reasonLabel } from '@/lib/agent/code-labels';
import { formatDateTime, formatXof } from '@/lib/format';
import { isMoneyTaken } from '@/lib/payments/receipt';
import { heldAmount } from '@/lib/payments/refund';
import type { PaymentAllocationRow } from '@/lib/db/schema';
import type { PaymentWithAllocations } from '@/lib/payments/repository';
import { labelTranslator } from '../../../_components/code-text';

export async function PaymentSummary({ payment: p }: { payment: PaymentWithAllocations }) {
  const [t, methods, codes, say] = await Promise.all([
    getTranslations('Agent.detail'),
    getTranslations('Agent.methods'),
    getTranslations('AgentCodes'),
    labelTranslator(),
  ]);
  // A payment that took nothing paid no invoice, and no notice goes to the insurer for it.
  const moneyTaken = isMoneyTaken(p.state);
  const items: Array<[string, ReactNode]> = [
    [t('contract'), p.contractId],
    [t('amount'), formatXof(p.amount)],
    [t('held'), formatXof(heldAmount(p))],
    ...(p.refundedAmount > 0
      ? [[t('refunded'), formatXof(p.refundedAmount)] as [string, ReactNode]]
      : []),
    ...(p.chargedBackAmount > 0
      ? [[t('chargedBack'), formatXof(p.chargedBackAmount)] as [string, ReactNode]]
      : []),
    [t('method'), `${methods(p.method as 'card')} ${p.methodDetail}`.trim()],
    [t('created'), formatDateTime(p.createdAt, { seconds: true })],
    ...(p.capturedAt
      ? [[t('captured'), formatDateTime(p.capturedAt, { seconds: true })] as [string, ReactNode]]
      : []),
    ...(p.stateReason
      ? [
          [
            t('reason'),
            <>
              {say(reasonLabel(p.stateReason))}{' '}
              <span className="text-sm font-normal text-slate-600">
                ({codes('code', { code: p.stateReason })})
              </span>
            </>,
          ] as [string, ReactNode],
        ]
      : []),
  ];
  const insurerStatus = (a: PaymentAllocationRow) => {
    const code = a.insurerRefusedCode ?? '';
    const accepted = a.insurerConfirmedAt ? `${t('insurerStatus.confirmed')}, ` : '';
    if (a.reversal === 'agent_refund' || a.reversal === 'chargeback')
      return accepted + t(`insurerStatus.${a.reversal}`);
    if (a.reversal === 'insurer_refusal' || a.insurerRefusedCode)
      return t('insurerStatus.insurer_refusal', {
        reason: code
          ? `${say(enovCodeLabel(code))}, ${codes('code', { code })}`
          : t('insurerStatus.noReason'),
      });
    return a.insurerConfirmedAt ? t('insurerStatus.confirmed') : t('insurerStatus.waiting');
  };
  return (
    <Card aria-labelledby="summary-title" className="flex flex-col gap-4">
      <h2 id="summary-title" className="text-xl font-bold text-slate-900">
        {t('summary')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="font-semibold break-words text-slate-900 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-lg font-bold text-slate-900">
        {moneyTaken ? t('allocations') : t('allocationsAimed')}
      </h3>
      {moneyTaken ? null : <p className="text-sm text-slate-700">{t('allocationsNone')}</p>}
      <ul className="flex flex-col gap-2">
        {p.allocations.map((a) => (
          <li
            key={a.invoiceReference}
            className="rounded-lg border border-slate-200 p-3"
            data-testid="allocation"
          >
            <p className="font-semibold">
              {t('invoice')} {a.invoiceReference} — {formatXof(a.amount)}
            </p>
            {moneyTaken ? (
              <p className="text-sm text-slate-700">
                {t('notice')} : {a.noticeReference} · {t('insurer')} : {insurerStatus(a)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
