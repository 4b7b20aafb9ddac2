import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { CreateAgentForm } from '@/app/[locale]/(agent)/agent/_components/agent-forms';
import { Card } from '@/components/ui/card';
import { listAgents } from '@/lib/auth/accounts';
import { requireAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { AgentRowCard } from './_components/agent-row-card';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.team'))('title') };
}

export default async function TeamPage() {
  const admin = await requireAgent('admin', '/agent/equipe');
  const [agents, t, roles] = await Promise.all([
    listAgents(getDb()),
    getTranslations('Agent.team'),
    getTranslations('AgentShell.roles'),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      <Card aria-labelledby="create-title" className="max-w-xl">
        <h2 id="create-title" className="mb-4 text-xl font-bold">
          {t('createTitle')}
        </h2>
        <CreateAgentForm
          id="create-agent"
          namespace="Agent"
          hidden={{ requestId: randomUUID() }}
          submitLabel={t('create')}
          fields={[
            { name: 'name', label: t('name'), autoComplete: 'off' },
            { name: 'email', label: t('email'), type: 'email', autoComplete: 'off' },
            {
              name: 'role',
              label: t('role'),
              type: 'select',
              options: [
                { value: 'agent', label: roles('agent') },
                { value: 'admin', label: roles('admin') },
              ],
            },
            {
              name: 'password',
              label: t('password'),
              hint: t('passwordHint'),
              type: 'password',
              autoComplete: 'new-password',
            },
          ]}
        />
      </Card>
      <section aria-labelledby="list-title" className="flex flex-col gap-3">
        <h2 id="list-title" className="text-xl font-bold">
          {t('list')}
        </h2>
        <ul className="flex flex-col gap-3">
          {agents.map((a) => (
            <li key={a.id}>
              <AgentRowCard
                agent={{
                  id: a.id,
                  name: a.name,
                  email: a.email,
                  role: a.role,
                  disabled: Boolean(a.disabledAt),
                }}
                isSelf={a.id === admin.id}
                requestIds={{ toggle: randomUUID(), reset: randomUUID() }}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
