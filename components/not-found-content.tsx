import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';

export async function NotFoundContent() {
  const [t, common] = await Promise.all([getTranslations('NotFound'), getTranslations('Common')]);
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('body')}</p>
      <ButtonLink href="/">{common('backHome')}</ButtonLink>
    </div>
  );
}
