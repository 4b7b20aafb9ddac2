import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { getDb } from '@/lib/db';
import { listFaults } from '@/lib/sandbox/faults';
import { requireSandboxControl } from '@/lib/sandbox/guard';
import { listCinetpayPayments } from '@/lib/sandbox/inspect';
import { listRequests } from '@/lib/sandbox/journal';
import { SANDBOX_SEED } from '@/lib/sandbox/seed';
import { clearFaultsAction } from './_actions/clear-faults';
import { resetSandboxAction } from './_actions/reset-sandbox';
import { CinetpayPayments } from './_components/cinetpay-payments';
import { FaultForm } from './_components/fault-form';
import { RequestsTable } from './_components/requests-table';

export async function generateMetadata() {
  return { title: (await getTranslations('Sandbox'))('title') };
}

const FILTERS = ['enov', 'lovat', 'cinetpay'] as const;
type Filter = (typeof FILTERS)[number] | undefined;
const FILTER_LABELS: Record<(typeof FILTERS)[number], string> = {
  enov: 'Enov',
  lovat: 'LOVAT',
  cinetpay: 'CinetPay',
};

export default async function SandboxControlPage({
  searchParams,
}: {
  searchParams: Promise<{ upstream?: string; reinitialise?: string }>;
}) {
  await requireSandboxControl();
  const params = await searchParams;
  const upstream: Filter = FILTERS.find((f) => f === params.upstream);
  const db = getDb();
  const [t, faults, requests, cinetpay] = await Promise.all([
    getTranslations('Sandbox'),
    listFaults(db),
    listRequests(db, { upstream, limit: 50 }),
    listCinetpayPayments(db, 10),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg text-slate-700">{t('intro')}</p>
      </div>
      {params.reinitialise ? <Alert tone="success">{t('resetDone')}</Alert> : null}

      <Card aria-labelledby="faults-title" className="flex flex-col gap-4">
        <h2 id="faults-title" className="text-xl font-bold text-slate-900">
          {t('faultsTitle')}
        </h2>
        {faults.length === 0 ? (
          <p className="text-slate-700">{t('noFaults')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {faults.map((f) => (
              <li
                key={f.endpoint}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
              >
                <span className="text-amber-950">
                  <strong>{f.endpoint}</strong> :{' '}
                  {t('faultSummary', {
                    failure: f.failure
                      ? `${t(`failures.${f.failure}`)}${f.code ? ` (${f.code})` : ''}`
                      : t('failureNone'),
                    rate: Math.round(f.rate * 100),
                    latency: f.latencyMs,
                  })}
                </span>
                <form action={clearFaultsAction}>
                  <input type="hidden" name="endpoint" value={f.endpoint} />
                  <Button
                    type="submit"
                    variant="secondary"
                    size="sm"
                    aria-label={`${t('clear')} ${f.endpoint}`}
                  >
                    {t('clear')}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <FaultForm />
        {faults.length > 0 ? (
          <form action={clearFaultsAction}>
            <Button type="submit" variant="danger">
              {t('clearAll')}
            </Button>
          </form>
        ) : null}
      </Card>

      <Card aria-labelledby="requests-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="requests-title" className="text-xl font-bold text-slate-900">
            {t('requestsTitle')}
          </h2>
          <Link
            href={upstream ? `/sandbox?upstream=${upstream}` : '/sandbox'}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t('refresh')}
          </Link>
        </div>
        <p className="text-slate-700">{t('requestsHint')}</p>
        <nav aria-label={t('filterLabel')}>
          <ul className="flex flex-wrap gap-2">
            {[undefined, ...FILTERS].map((f) => (
              <li key={f ?? 'all'}>
                <Link
                  href={f ? `/sandbox?upstream=${f}` : '/sandbox'}
                  aria-current={f === upstream ? 'page' : undefined}
                  className={cn(
                    'inline-flex min-h-11 items-center rounded-full border px-4 font-semibold',
                    f === upstream
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 text-brand-800',
                  )}
                >
                  {f ? FILTER_LABELS[f] : t('filterAll')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <RequestsTable requests={requests} />
      </Card>

      <CinetpayPayments payments={cinetpay} />

      <Card aria-labelledby="contracts-title" className="flex flex-col gap-2">
        <h2 id="contracts-title" className="text-xl font-bold text-slate-900">
          {t('contractsTitle')}
        </h2>
        <p className="text-slate-700">{t('contractsHint')}</p>
        <ul className="grid gap-1 text-slate-800 sm:grid-cols-2">
          {SANDBOX_SEED.enov.contracts.map((c) => (
            <li key={c.idcontrat}>
              <code className="font-semibold">{c.idcontrat}</code> —{' '}
              {t('contractInvoices', { count: c.invoices.length })}
            </li>
          ))}
          {Object.entries(SANDBOX_SEED.enov.faultContracts).map(([id, code]) => (
            <li key={id}>
              <code className="font-semibold">{id}</code> — {t('faultContract', { code })}
            </li>
          ))}
        </ul>
      </Card>

      <Card aria-labelledby="reset-title" className="flex flex-col gap-3">
        <h2 id="reset-title" className="text-xl font-bold text-slate-900">
          {t('resetTitle')}
        </h2>
        <p className="text-slate-700">{t('resetHint')}</p>
        <form action={resetSandboxAction}>
          <Button type="submit" variant="danger">
            {t('reset')}
          </Button>
        </form>
      </Card>
    </div>
  );
}
