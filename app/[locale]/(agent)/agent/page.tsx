import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { dashboardFigures, startOfDay, startOfWeek } from '@/lib/agent/queries';
import { requireAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { formatDate, formatXof } from '@/lib/format';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.dashboard'))('title') };
}

export default async function DashboardPage() {
  await requireAgent('agent', '/agent');
  const now = new Date();
  const [figures, t] = await Promise.all([
    dashboardFigures(getDb(), now),
    getTranslations('Agent.dashboard'),
  ]);
  const today = formatDate(startOfDay(now));
  const tiles = [
    {
      title: t('today'),
      value: formatXof(figures.today.amount),
      hint: t('payments', { count: figures.today.count }),
      href: `/agent/paiements?from=${today}&to=${today}`,
    },
    {
      title: t('week'),
      value: formatXof(figures.week.amount),
      hint: t('payments', { count: figures.week.count }),
      href: `/agent/paiements?from=${formatDate(startOfWeek(now))}&to=${today}`,
    },
    {
      title: t('needsAttention'),
      value: String(figures.needsAttention),
      hint: t('needsAttentionHint'),
      href: '/agent/paiements?status=needs_attention',
      alert: figures.needsAttention > 0,
    },
    {
      title: t('failingDeliveries'),
      value: String(figures.failingDeliveries),
      hint: t('failingHint'),
      href: '/agent/paiements?delivery=failing',
      alert: figures.failingDeliveries > 0,
    },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <li key={tile.title}>
            <Card className={tile.alert ? 'border-red-300 bg-red-50' : undefined}>
              <h2 className="font-semibold text-slate-700">{tile.title}</h2>
              <p className="mt-1 text-2xl font-bold text-brand-900">{tile.value}</p>
              <p className="mt-1 text-sm text-slate-700">{tile.hint}</p>
              <Link
                href={tile.href}
                className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                {t('see')}
                <span className="sr-only"> : {tile.title}</span>
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
