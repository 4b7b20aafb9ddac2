import { getTranslations } from 'next-intl/server';
import { SiteShell } from '@/components/site-shell';
import { ButtonLink } from '@/components/ui/button';

// Rendered with status 403 by forbidden() outside the agent area (the sandbox's control page
// asked from another machine). Nothing here reads the request: Next renders this boundary
// with every page, the prerendered ones included.
export default async function Forbidden() {
  const t = await getTranslations('Forbidden');
  return (
    <SiteShell>
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="text-lg text-slate-700">{t('body')}</p>
        <ButtonLink href="/">{t('home')}</ButtonLink>
      </div>
    </SiteShell>
  );
}
