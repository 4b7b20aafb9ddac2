import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { InsurerContact } from '@/components/insurer-contact';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { isMoneyTaken, receiptView } from '@/lib/payments/receipt';
import { paymentByReceiptToken } from '@/lib/payments/repository';
import { ReceiptLive } from './_components/receipt-live';
import { receiptHeadingKey } from './_components/receipt-heading';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props) {
  const payment = await paymentByReceiptToken(getDb(), (await params).token);
  const t = await getTranslations('Receipt');
  if (!payment) return { title: t('title'), robots: { index: false } };
  const key = receiptHeadingKey({ state: payment.state, moneyTaken: isMoneyTaken(payment.state) });
  return {
    // The same words the page sets when the state changes live (receipt-live.tsx).
    title: { absolute: t('documentTitle', { title: t(key), reference: payment.reference }) },
    robots: { index: false },
  };
}

/** The payment's page at an unguessable address: a receipt once money was taken. */
export default async function ReceiptPage({ params }: Props) {
  const { token } = await params;
  const db = getDb();
  const payment = await paymentByReceiptToken(db, token);
  if (!payment) notFound();
  // Below the live part, in every state: a declined or delayed payment is when people call.
  return (
    <div className="flex flex-col gap-6">
      <ReceiptLive token={token} initial={await receiptView(db, payment)} />
      <InsurerContact contact={getConfig().insurerContact} />
    </div>
  );
}
