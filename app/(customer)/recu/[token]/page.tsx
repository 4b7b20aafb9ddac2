import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/db';
import { receiptView } from '@/lib/payments/receipt';
import { paymentByReceiptToken } from '@/lib/payments/repository';
import { ReceiptLive } from './_components/receipt-live';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props) {
  const payment = await paymentByReceiptToken(getDb(), (await params).token);
  const t = await getTranslations('Receipt');
  return {
    title: payment ? t('metaTitle', { reference: payment.reference }) : t('title'),
    robots: { index: false },
  };
}

/** The receipt, at an unguessable address: its token is the only key to it. */
export default async function ReceiptPage({ params }: Props) {
  const { token } = await params;
  const db = getDb();
  const payment = await paymentByReceiptToken(db, token);
  if (!payment) notFound();
  return <ReceiptLive token={token} initial={await receiptView(db, payment)} />;
}
