import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

// A payment or page an agent asked for that does not exist: inside the agent area's own
// header, with the way back to the dashboard rather than the policyholders' home page.
export default async function AgentNotFound() {
  const [t, agent] = await Promise.all([
    getTranslations('NotFound'),
    getTranslations('Agent.forbidden'),
  ]);
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('body')}</p>
      <ButtonLink href="/agent">{agent('back')}</ButtonLink>
    </div>
  );
}
