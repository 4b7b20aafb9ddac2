import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatDateTime, formatXof } from '@/lib/format';
import { heldAmount } from '@/lib/payments/refund';
import type { PaymentAllocationRow } from '@/lib/db/schema';
import type { PaymentWithAllocations } from '@/lib/payments/repository';

export async function PaymentSummary({ payment: p }: { payment: PaymentWithAllocations }) {
  const [t, methods] = await Promise.all([
    getTranslations('Agent.detail'),
    getTranslations('Agent.methods'),
  ]);
  const items: Array<[string, string]> = [
    [t('contract'), p.contractId],
    [t('amount'), formatXof(p.amount)],
    [t('held'), formatXof(heldAmount(p))],
    ...(p.refundedAmount > 0
      ? [[t('refunded'), formatXof(p.refundedAmount)] as [string, string]]
      : []),
    ...(p.chargedBackAmount > 0
      ? [[t('chargedBack'), formatXof(p.chargedBackAmount)] as [string, string]]
      : []),
    [t('method'), `${methods(p.method as 'card')} ${p.methodDetail}`.trim()],
    [t('created'), formatDateTime(p.createdAt)],
    ...(p.capturedAt ? [[t('captured'), formatDateTime(p.capturedAt)] as [string, string]] : []),
    ...(p.stateReason ? [[t('reason'), p.stateReason] as [string, string]] : []),
  ];
  const insurerStatus = (a: PaymentAllocationRow) => {
    const code = a.insurerRefusedCode ?? '';
    const accepted = a.insurerConfirmedAt ? `${t('insurerStatus.confirmed')}, ` : '';
    if (a.reversal === 'agent_refund' || a.reversal === 'chargeback')
      return accepted + t(`insurerStatus.${a.reversal}`);
    if (a.reversal === 'insurer_refusal' || a.insurerRefusedCode)
      return t('insurerStatus.insurer_refusal', { code });
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
      <h3 className="text-lg font-bold text-slate-900">{t('allocations')}</h3>
      <ul className="flex flex-col gap-2">
        {p.allocations.map((a) => (
          <li key={a.invoiceReference} className="rounded-lg border border-slate-200 p-3">
            <p className="font-semibold">
              {t('invoice')} {a.invoiceReference} — {formatXof(a.amount)}
            </p>
            <p className="text-sm text-slate-700">
              {t('notice')} : {a.noticeReference} · {t('insurer')} : {insurerStatus(a)}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
