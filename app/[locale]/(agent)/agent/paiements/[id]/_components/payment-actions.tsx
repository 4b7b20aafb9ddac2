import { getTranslations } from 'next-intl/server';
import {
  ChargebackForm,
  RefundForm,
  ResendReceiptForm,
} from '@/app/[locale]/(agent)/agent/_components/agent-forms';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { formatXof } from '@/lib/format';

/**
 * Refund, chargeback and receipt link. Each form carries a one-time request id (a second
 * submission does nothing), and money-moving forms need a reason and a ticked confirmation.
 */
export async function PaymentActions({
  payment,
  requestIds,
}: {
  payment: {
    id: string;
    phone: string;
    held: number;
    /** The money went through a processor whose refunds an agent makes by hand. */
    manualRefund: boolean;
    /** Invoices whose money is still held: each may be refunded whole, once. */
    refundable: Array<{ reference: string; amount: number; insurerAccepted: boolean }>;
  };
  requestIds: { refund: string; chargeback: string; resend: string };
}) {
  const t = await getTranslations('Agent.detail');
  const held = formatXof(payment.held);
  const { refundable } = payment;
  const invoiceOptions = [
    ...(refundable.length > 1 ? [{ value: 'all', label: t('refundAll', { amount: held }) }] : []),
    ...refundable.map((i) => ({
      value: i.reference,
      label: t('refundOne', { invoice: i.reference, amount: formatXof(i.amount) }),
    })),
  ];
  return (
    <section aria-labelledby="actions-title" className="flex flex-col gap-4">
      <h2 id="actions-title" className="text-xl font-bold text-slate-900">
        {t('actions')}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="refund-title">
          <h3 id="refund-title" className="mb-3 text-lg font-bold">
            {t('refundTitle')}
          </h3>
          {payment.manualRefund && payment.held > 0 ? (
            <p className="mb-3 text-slate-700">{t('refundManual')}</p>
          ) : null}
          {payment.held > 0 && refundable.length > 0 ? (
            <RefundForm
              id="refund"
              namespace="Agent"
              hidden={{ requestId: requestIds.refund, paymentId: payment.id }}
              submitLabel={t('refundSubmit')}
              submitVariant="danger"
              fields={[
                {
                  name: 'invoice',
                  label: t('refundInvoice'),
                  hint: t('refundInvoiceHint'),
                  type: 'select',
                  options: invoiceOptions,
                },
                { name: 'reason', label: t('reasonLabel'), type: 'textarea' },
                { name: 'confirm', label: t('refundConfirm'), type: 'checkbox' },
                ...(refundable.some((i) => i.insurerAccepted)
                  ? [
                      {
                        name: 'overrideInsurer',
                        label: t('refundOverride'),
                        type: 'checkbox' as const,
                        required: false,
                      },
                    ]
                  : []),
              ]}
            />
          ) : (
            <Alert tone="info">{t('nothingHeld')}</Alert>
          )}
        </Card>
        {payment.held > 0 ? (
          <Card aria-labelledby="chargeback-title">
            <h3 id="chargeback-title" className="mb-2 text-lg font-bold">
              {t('chargebackTitle')}
            </h3>
            <p className="mb-3 text-slate-700">{t('chargebackIntro', { held })}</p>
            <ChargebackForm
              id="chargeback"
              namespace="Agent"
              hidden={{ requestId: requestIds.chargeback, paymentId: payment.id }}
              submitLabel={t('chargebackSubmit')}
              submitVariant="danger"
              fields={[
                { name: 'reason', label: t('reasonLabel'), type: 'textarea' },
                { name: 'confirm', label: t('chargebackConfirm'), type: 'checkbox' },
              ]}
            />
          </Card>
        ) : null}
        <Card aria-labelledby="resend-title">
          <h3 id="resend-title" className="mb-3 text-lg font-bold">
            {t('resendTitle')}
          </h3>
          <ResendReceiptForm
            id="resend"
            namespace="Agent"
            hidden={{ requestId: requestIds.resend, paymentId: payment.id }}
            submitLabel={t('resendSubmit')}
            submitVariant="secondary"
            fields={[
              {
                name: 'phone',
                label: t('resendPhone'),
                hint: t('resendPhoneHint', { phone: payment.phone || '—' }),
                type: 'tel',
                inputMode: 'tel',
                required: false,
              },
            ]}
          />
        </Card>
      </div>
    </section>
  );
}
