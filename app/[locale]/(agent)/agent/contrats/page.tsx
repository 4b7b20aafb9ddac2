import { getTranslations } from 'next-intl/server';
import { InvoiceList } from '@/app/[locale]/(customer)/contrat/[numero]/_components/invoice-list';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import { upstreamFailureLabel } from '@/lib/agent/code-labels';
import { paymentsForContract } from '@/lib/agent/queries';
import { requireAgent } from '@/lib/auth/current';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { lookupProblem } from '@/lib/contracts/lookup-problem';
import { getDb } from '@/lib/db';
import { enov } from '@/lib/enov/client';
import { labelTranslator } from '../_components/code-text';
import { PaymentTable } from '../_components/payment-table';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.contracts'))('title') };
}

type Props = { searchParams: Promise<{ numero?: string }> };

/** What Enov says the contract owes now, beside every payment we took for it. */
export default async function ContractLookupPage({ searchParams }: Props) {
  const { numero = '' } = await searchParams;
  await requireAgent('agent', `/agent/contrats${numero ? `?numero=${numero}` : ''}`);
  const [t, home] = await Promise.all([
    getTranslations('Agent.contracts'),
    getTranslations('Home'),
  ]);
  const parsed = numero ? contractNumberSchema.safeParse(numero) : undefined;
  const error =
    parsed && !parsed.success
      ? home(`errors.${parsed.error.issues[0]?.message ?? 'length'}` as 'errors.length')
      : undefined;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      <Card>
        <form
          method="get"
          action="/agent/contrats"
          className="flex flex-col gap-4 sm:flex-row sm:items-end"
          noValidate
        >
          <TextField
            id="numero"
            name="numero"
            label={t('number')}
            hint={t('numberHint')}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={numero}
            error={error}
            className="flex-1"
          />
          <button type="submit" className={buttonClasses('primary')}>
            {t('search')}
          </button>
        </form>
      </Card>
      {parsed?.success ? <ContractResult number={parsed.data} /> : null}
    </div>
  );
}

async function ContractResult({ number }: { number: string }) {
  const [t, contract, codes, say, invoices, payments] = await Promise.all([
    getTranslations('Agent.contracts'),
    getTranslations('Contract'),
    getTranslations('AgentCodes'),
    labelTranslator(),
    enov().selectInvoices(number),
    paymentsForContract(getDb(), number),
  ]);
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-3">
        <h2 id="enov-title" className="text-xl font-bold text-slate-900">
          {t('invoicesTitle')}
        </h2>
        {!invoices.ok ? (
          <Alert tone="error">
            {t('enovError', {
              problem: contract(`errors.${lookupProblem(invoices.error)}` as 'errors.unavailable'),
            })}{' '}
            ({say(upstreamFailureLabel(invoices.error))}
            {invoices.error.code ? `, ${codes('code', { code: invoices.error.code })}` : ''})
          </Alert>
        ) : invoices.value.length === 0 ? (
          <Alert tone="info">{t('noInvoices')}</Alert>
        ) : (
          <InvoiceList invoices={invoices.value} />
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-3">
        <h2 id="ours-title" className="text-xl font-bold text-slate-900">
          {t('paymentsTitle')}
        </h2>
        {payments.length === 0 ? (
          <Alert tone="info">{t('noPayments')}</Alert>
        ) : (
          <PaymentTable rows={payments} caption={t('paymentsTitle')} receipts />
        )}
      </div>
    </div>
  );
}
