import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { AUDIT_ACTIONS, auditEntries } from '@/lib/audit/audit';
import { listAgents } from '@/lib/auth/accounts';
import { requireAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { AuditTable } from '../_components/audit-table';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.audit'))('title') };
}

type Props = { searchParams: Promise<{ actor?: string; action?: string; before?: string }> };

const PAGE = 50;

export default async function AuditPage({ searchParams }: Props) {
  await requireAgent('admin', '/agent/journal');
  const params = await searchParams;
  const db = getDb();
  const agents = await listAgents(db);
  const actor = agents.some((a) => a.id === params.actor) ? params.actor : undefined;
  const action = (AUDIT_ACTIONS as readonly string[]).includes(params.action ?? '')
    ? params.action
    : undefined;
  const before = /^\d{1,15}$/.test(params.before ?? '') ? Number(params.before) : undefined;
  const [entries, t] = await Promise.all([
    auditEntries(db, { actorId: actor, action, before, limit: PAGE }),
    getTranslations('Agent.audit'),
  ]);
  const last = entries.length === PAGE ? entries[entries.length - 1] : undefined;
  const older = new URLSearchParams({
    ...(actor ? { actor } : {}),
    ...(action ? { action } : {}),
    ...(last ? { before: String(last.id) } : {}),
  });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      <Card>
        <form
          method="get"
          action="/agent/journal"
          className="grid gap-4 sm:grid-cols-3 sm:items-end"
        >
          <SelectField
            id="a-actor"
            name="actor"
            label={t('actor')}
            defaultValue={actor ?? ''}
            options={[
              { value: '', label: t('anyone') },
              ...agents.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })),
            ]}
          />
          <SelectField
            id="a-action"
            name="action"
            label={t('action')}
            defaultValue={action ?? ''}
            options={[
              { value: '', label: t('anything') },
              ...AUDIT_ACTIONS.map((a) => ({
                value: a,
                label: t(`actions.${a.replace('.', '_')}` as 'actions.payment_refund'),
              })),
            ]}
          />
          <div>
            <button type="submit" className={buttonClasses('primary')}>
              {t('filter')}
            </button>
          </div>
        </form>
      </Card>
      <AuditTable entries={entries} empty={t('none')} />
      {last ? (
        <Link href={`/agent/journal?${older.toString()}`} className={buttonClasses('secondary')}>
          {t('older')}
        </Link>
      ) : null}
    </div>
  );
}
