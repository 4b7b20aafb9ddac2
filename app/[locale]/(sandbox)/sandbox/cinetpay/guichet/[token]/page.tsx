import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { formatXof } from '@/lib/format';
import { findTransaction, settleDue } from '@/lib/sandbox/cinetpay/payments';
import { requireSandbox } from '@/lib/sandbox/guard';
import { GuichetForm } from './_components/guichet-form';
import { PaymentState } from './_components/payment-state';

export async function generateMetadata() {
  return { title: (await getTranslations('Guichet'))('title') };
}

// Amounts in another currency are shown as CinetPay would, the code after the number.
const amountLabel = (amount: number, currency: string) =>
  currency === 'XOF' ? formatXof(amount) : `${amount}\u00a0${currency}`;

/** The hosted payment page a payment_url leads to: CinetPay's guichet, simulated. */
export default async function GuichetPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ erreur?: string }>;
}) {
  requireSandbox();
  const { token } = await params;
  if (!/^[0-9a-f]{64}$/.test(token)) notFound();
  const db = getDb();
  const found = await findTransaction(db, { token });
  if (!found) notFound();
  const tx = await settleDue(db, found, getConfig().appUrl);
  const [t, { erreur }] = await Promise.all([getTranslations('Guichet'), searchParams]);
  const amount = amountLabel(tx.amount, tx.currency);
  const open = tx.status === 'WAITING_FOR_CUSTOMER' && !tx.acceptAt;
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <Card aria-labelledby="guichet-summary" className="flex flex-col gap-3">
        <h2 id="guichet-summary" className="text-lg font-bold text-slate-900">
          {t('summaryTitle')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-slate-800">
          <dt className="font-semibold">{t('merchant')}</dt>
          <dd>{t('merchantSite', { site: tx.siteId })}</dd>
          <dt className="font-semibold">{t('description')}</dt>
          <dd className="break-words">{tx.description}</dd>
          <dt className="font-semibold">{t('reference')}</dt>
          <dd className="break-all">{tx.transactionId}</dd>
          <dt className="font-semibold">{t('amount')}</dt>
          <dd className="text-xl font-bold text-slate-900 tabular-nums">{amount}</dd>
        </dl>
      </Card>
      {open ? (
        <>
          {erreur ? (
            <Alert tone="error" live>
              {t('invalid')}
            </Alert>
          ) : null}
          <GuichetForm tx={tx} amount={amount} />
        </>
      ) : (
        <PaymentState tx={tx} />
      )}
    </div>
  );
}
