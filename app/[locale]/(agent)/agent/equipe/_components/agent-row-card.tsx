import { getTranslations } from 'next-intl/server';
import {
  ResetPasswordForm,
  SetDisabledForm,
} from '@/app/[locale]/(agent)/agent/_components/agent-forms';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';

/** One account, with its admin actions behind a disclosure so the list stays short. */
export async function AgentRowCard({
  agent,
  isSelf,
  requestIds,
}: {
  agent: { id: string; name: string; email: string; role: 'agent' | 'admin'; disabled: boolean };
  isSelf: boolean;
  requestIds: { toggle: string; reset: string };
}) {
  const [t, roles] = await Promise.all([
    getTranslations('Agent.team'),
    getTranslations('AgentShell.roles'),
  ]);
  return (
    <Card className="flex flex-col gap-3" data-testid="agent-row">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-bold">
          {agent.name} {isSelf ? `(${t('you')})` : null}
        </p>
        <span className="break-all text-slate-700">{agent.email}</span>
        <Badge tone="info">{roles(agent.role)}</Badge>
        <Badge tone={agent.disabled ? 'danger' : 'success'}>
          {agent.disabled ? t('disabled') : t('active')}
        </Badge>
      </div>
      {isSelf ? null : (
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline">
            {t('manage', { name: agent.name })}
          </summary>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <SetDisabledForm
              id={`toggle-${agent.id}`}
              namespace="Agent"
              hidden={{
                requestId: requestIds.toggle,
                agentId: agent.id,
                disabled: agent.disabled ? 'false' : 'true',
              }}
              submitLabel={agent.disabled ? t('enable') : t('disable')}
              submitVariant={agent.disabled ? 'secondary' : 'danger'}
              fields={[]}
            />
            <ResetPasswordForm
              id={`reset-${agent.id}`}
              namespace="Agent"
              hidden={{ requestId: requestIds.reset, agentId: agent.id }}
              submitLabel={t('resetPassword')}
              submitVariant="secondary"
              fields={[
                {
                  name: 'password',
                  label: t('newPassword'),
                  type: 'password',
                  autoComplete: 'new-password',
                },
              ]}
            />
          </div>
        </details>
      )}
    </Card>
  );
}
