import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

// Rendered with status 403 by forbidden(): a signed-in agent on an admin-only page, inside the
// agent area's own header.
export default async function AgentForbidden() {
  const t = await getTranslations('Agent.forbidden');
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('body')}</p>
      <ButtonLink href="/agent">{t('back')}</ButtonLink>
    </div>
  );
}
