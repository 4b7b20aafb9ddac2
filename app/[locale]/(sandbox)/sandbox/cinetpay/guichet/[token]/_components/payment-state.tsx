import { getTranslations } from 'next-intl/server';
import { Alert, type AlertTone } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { type CinetpayMethod } from '@/lib/sandbox/cinetpay/codes';
import { returnTo } from '@/lib/sandbox/cinetpay/finish-schema';
import type { CinetpayTransactionRow } from '@/lib/sandbox/schema';

type State = 'accepted' | 'refused' | 'abandoned' | 'pending';

const TONE: Record<State, AlertTone> = {
  accepted: 'success',
  refused: 'error',
  abandoned: 'warning',
  pending: 'info',
};

function stateOf(tx: CinetpayTransactionRow): State {
  if (tx.status === 'ACCEPTED') return 'accepted';
  if (tx.status === 'REFUSED') return tx.code === '627' ? 'abandoned' : 'refused';
  return 'pending';
}

/** A payment no longer open: what became of it, and the way back to the merchant. */
export async function PaymentState({ tx }: { tx: CinetpayTransactionRow }) {
  const t = await getTranslations('Guichet');
  const state = stateOf(tx);
  return (
    <Card aria-labelledby="guichet-state" className="flex flex-col gap-4">
      <h2 id="guichet-state" className="text-lg font-bold text-slate-900">
        {t('stateTitle')}
      </h2>
      <Alert tone={TONE[state]}>
        <p>{t(`states.${state}`)}</p>
        {tx.paymentMethod ? (
          <p className="mt-1">
            {t('method', { method: t(`methods.${tx.paymentMethod as CinetpayMethod}`) })}
            {tx.paymentDate ? ` · ${formatDateTime(tx.paymentDate)}` : ''}
          </p>
        ) : null}
      </Alert>
      <div>
        {/* A plain link: return_url is the merchant's, outside this app's router. */}
        <a href={returnTo(tx)} className={buttonClasses('primary')}>
          {t('back')}
        </a>
      </div>
    </Card>
  );
}
