import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatXof } from '@/lib/format';
import type { CinetpayTransactionRow } from '@/lib/sandbox/schema';

const TONE: Record<string, BadgeTone> = {
  WAITING_FOR_CUSTOMER: 'info',
  ACCEPTED: 'success',
  REFUSED: 'danger',
};

type Status = 'WAITING_FOR_CUSTOMER' | 'ACCEPTED' | 'REFUSED';

/** The CinetPay twin's newest payments, each a link to its guichet (to finish it by hand). */
export async function CinetpayPayments({ payments }: { payments: CinetpayTransactionRow[] }) {
  const t = await getTranslations('Guichet.control');
  return (
    <Card aria-labelledby="cinetpay-title" className="flex flex-col gap-3">
      <h2 id="cinetpay-title" className="text-xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <p className="text-slate-700">{t('hint')}</p>
      {payments.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200">
          {payments.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <Link
                href={`/sandbox/cinetpay/guichet/${p.token}`}
                className="inline-flex min-h-11 items-center font-semibold break-all text-brand-700 underline"
              >
                {p.transactionId}
              </Link>
              <span className="text-slate-800 tabular-nums">
                {p.currency === 'XOF' ? formatXof(p.amount) : `${p.amount} ${p.currency}`}
              </span>
              <Badge tone={TONE[p.status] ?? 'neutral'}>
                {t(`statuses.${p.status as Status}`)} · code {p.code}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
