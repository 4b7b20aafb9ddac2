import { getTranslations } from 'next-intl/server';
import { AgentHeader } from '@/app/(agent)/agent/_components/agent-header';
import { ButtonLink } from '@/components/ui/button';

// Rendered with status 403 by forbidden(): a signed-in agent on an admin-only page.
export default async function Forbidden() {
  const t = await getTranslations('Agent.forbidden');
  return (
    <>
      <AgentHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <div className="flex flex-col items-start gap-4">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
          <p className="text-lg text-slate-700">{t('body')}</p>
          <ButtonLink href="/agent">{t('back')}</ButtonLink>
        </div>
      </main>
    </>
  );
}
